import Foundation
import Synchronization

/// A progress line on stderr: redrawn in place at most four times a second when stderr is a
/// terminal, and erased at the end; silent otherwise, so logs and CI output hold only diagnostics
/// and summaries.
final class ProgressLine: Sendable {
    private struct State {
        var lastDrawn = Date.distantPast
        var isShowing = false
    }

    /// Held while writing, so that lines from parallel workers never interleave.
    private let state = Mutex(State())
    private let isEnabled: Bool
    private let started = Date()

    init(isEnabled: Bool = StandardError.isTerminal) {
        self.isEnabled = isEnabled
    }

    /// Redraws the line with `text` and the elapsed time, unless it was drawn less than 0.25 s ago.
    func update(_ text: @autoclosure () -> String, force: Bool = false) {
        guard isEnabled else { return }
        state.withLock { state in
            let now = Date()
            guard force || now.timeIntervalSince(state.lastDrawn) >= 0.25 else { return }
            state.lastDrawn = now
            let elapsed = Int(now.timeIntervalSince(started))
            StandardError.write("\r\u{1B}[K\(text()) [\(elapsed / 60):\(String(format: "%02d", elapsed % 60))]")
            state.isShowing = true
        }
    }

    /// Prints lines above the progress line (diagnostics), then lets it be redrawn.
    func print(_ text: String) {
        state.withLock { state in
            if state.isShowing {
                StandardError.write("\r\u{1B}[K")
                state.isShowing = false
                state.lastDrawn = .distantPast
            }
            StandardError.write(text)
        }
    }

    /// Erases the line.
    func finish() {
        state.withLock { state in
            if state.isShowing { StandardError.write("\r\u{1B}[K") }
            state.isShowing = false
        }
    }

    /// `12,345 rows/s`.
    static func rate(_ count: Int, since start: Date) -> String {
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        return "\(Int(Double(count) / seconds).formatted()) rows/s"
    }
}
