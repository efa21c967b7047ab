import ISMSBookCore

/// Prints diagnostics to stderr as `FILE:ROW:COLUMN: error: message`, in colour on a terminal.
struct DiagnosticPrinter {
    let usesColor: Bool

    init(usesColor: Bool = StandardError.isTerminal) {
        self.usesColor = usesColor
    }

    func print(_ diagnostic: Diagnostic) {
        StandardError.write(line(diagnostic) + "\n")
    }

    func line(_ diagnostic: Diagnostic) -> String {
        guard usesColor else { return diagnostic.description }
        let color = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        let reset = "\u{1B}[0m"
        return "\u{1B}[1m\(diagnostic.location.description):\(reset) \(color)\(diagnostic.severity.rawValue):\(reset) "
            + diagnostic.text(in: .english)
    }

    /// Prints a whole-run failure (`FILE: error: message`).
    func print(_ error: InputError) {
        StandardError.write("\(error)\n")
    }
}
