import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary outputs being written, removed if the process is interrupted (SIGINT, SIGTERM).
///
/// A batch writes several departments at once, so there can be many. A signal handler may only
/// touch plain memory, so the paths are kept as C strings in a fixed table of slots; registering
/// and releasing take a lock, the handler only reads.
enum TemporaryFiles {
    private static let capacity = 256
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()

    /// Notes a temporary file; returns its slot for ``release(_:)``.
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return index
        }
        return nil  // more files at once than slots: still written atomically, only not cleaned on a signal
    }

    /// Forgets a temporary file (it was renamed into place or removed).
    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        let path = slots[slot]
        slots[slot] = nil
        lock.unlock()
        free(path)
    }

    /// On SIGINT and SIGTERM: remove every temporary output, then exit 128 + signal, as shells do.
    static func installSignalHandlers() {
        // Touch the table now: a signal handler must not be the first to initialise it.
        _ = slots
        // A parent may have started us with these signals blocked (posix_spawn passes its mask
        // on); blocked, Ctrl-C would leave the run to finish instead of cleaning up.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGINT)
        sigaddset(&handled, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &handled, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { received in
                for index in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[index] { unlink(path) }
                }
                _exit(128 + received)
            }
        }
    }
}
