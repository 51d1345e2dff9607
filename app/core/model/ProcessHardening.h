#pragma once

namespace LhShare {

// Keeps secrets held in memory out of core dumps and away from other processes of the same user
// (ptrace, /proc/<pid>/mem), as password managers do: on Linux, RLIMIT_CORE 0 and
// PR_SET_DUMPABLE 0. Both executables call it first thing in main(). Returns false when the
// system refused (the program still runs).
bool disableCoreDumps();

} // namespace LhShare
