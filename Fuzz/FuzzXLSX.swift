// Compiled by Scripts/fuzz.sh into one module with the core sources it exercises.
import Foundation

/// The worksheet XML scanner, and the parsers of a workbook's other parts, on arbitrary bytes.
/// Nothing may trap or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var offset = 0
    var scanner = SheetXMLScanner {
        defer { offset += 97 }
        return offset < bytes.count ? Array(bytes[offset..<min(offset + 97, bytes.count)]) : []
    }
    var rows = 0
    while let _ = try? scanner.nextRow(), rows < 100_000 { rows += 1 }
    // The parsers of the workbook's other parts on the same bytes.
    _ = SharedStringsParser.parse(Data(bytes))
    _ = StylesParser.dateStyles(Data(bytes))
    _ = WorkbookParser.parse(Data(bytes))
    return 0
}
