import Foundation

/// A progress line on stderr: redrawn in place at most four times a second when stderr is a
/// terminal, and erased at the end; silent otherwise, so logs and CI output hold only diagnostics
/// and summaries.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: every mutable property is used under `lock`.
    private let lock = NSLock()
    private let isEnabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var isShowing = false

    init(isEnabled: Bool = StandardError.isTerminal) {
        self.isEnabled = isEnabled
    }

    /// Redraws the line with `text` and the elapsed time, unless it was drawn less than 0.25 s ago.
    func update(_ text: @autoclosure () -> String, force: Bool = false) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard force || now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        let elapsed = Int(now.timeIntervalSince(started))
        StandardError.write("\r\u{1B}[K\(text()) [\(elapsed / 60):\(String(format: "%02d", elapsed % 60))]")
        isShowing = true
    }

    /// Prints lines above the progress line (diagnostics), then lets it be redrawn.
    func print(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if isShowing {
            StandardError.write("\r\u{1B}[K")
            isShowing = false
            lastDrawn = .distantPast
        }
        StandardError.write(text)
    }

    /// Erases the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if isShowing { StandardError.write("\r\u{1B}[K") }
        isShowing = false
    }

    /// `12,345 rows/s`.
    static func rate(_ count: Int, since start: Date) -> String {
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        return "\(Int(Double(count) / seconds).formatted()) rows/s"
    }
}
