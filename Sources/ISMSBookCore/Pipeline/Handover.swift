import Synchronization

/// Carries a value that is not `Sendable` from one thread to another, once.
///
/// The value goes in as `sending`, so the compiler has checked that the sender keeps no other
/// reference to it, and comes out of ``take()`` as `sending`, on the receiving thread; the mutex
/// orders the two. This is how ``BackgroundSink`` gives its wrapped sink (a libxlsxwriter workbook,
/// which must only ever be used from one thread) to the writer thread without `@unchecked`.
final class Handover<Value>: Sendable {
    private let slot: Mutex<Value?>

    /// Holds `value` until it is taken.
    init(_ value: sending Value) {
        slot = Mutex(value)
    }

    /// The value, the first time; `nil` after that.
    func take() -> sending Value? {
        slot.withLock { value -> sending Value? in
            let taken = value.take()
            return taken
        }
    }
}
