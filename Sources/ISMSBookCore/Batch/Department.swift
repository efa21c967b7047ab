/// One department of a batch: its name (the folder's, or the file prefix's) and its registers.
public struct Department: Sendable, Hashable {
    /// The department's name as found on disk.
    public var name: String
    /// Its asset register files, sorted by path.
    public var assetFiles: [String]
    /// Its risk register files, sorted by path.
    public var riskFiles: [String]

    /// Creates a department.
    public init(name: String, assetFiles: [String] = [], riskFiles: [String] = []) {
        self.name = name
        self.assetFiles = assetFiles
        self.riskFiles = riskFiles
    }

    /// Whether the department handed in anything at all.
    public var hasRegisters: Bool { !assetFiles.isEmpty || !riskFiles.isEmpty }
}
