/// The look of a cell, as a value: equal styles share one libxlsxwriter format.
struct CellStyle: Hashable {
    var isBold = false
    var fontSize: Double?
    var fontColor: UInt32?
    var fillColor: UInt32?
    var numberFormat: String?
    var wrapsText = false
    var hasBorder = false
    var alignsCenter = false
    var alignsTop = true

    static let text = CellStyle()
    static let wrapped = CellStyle(wrapsText: true)
    static let integer = CellStyle(numberFormat: "0")
    static let date = CellStyle(numberFormat: "yyyy/mm/dd")
    static let header = CellStyle(isBold: true, fillColor: 0xDDEBF7, wrapsText: true, hasBorder: true)
    static let title = CellStyle(isBold: true, fontSize: 14)
    static let label = CellStyle(isBold: true)

    /// The same style with an error's fill (Excel's "bad": light red, dark red text).
    var markedAsError: CellStyle {
        var style = self
        style.fillColor = 0xFFC7CE
        style.fontColor = 0x9C0006
        return style
    }

    /// The same style with a warning's fill (Excel's "neutral": light yellow, brown text).
    var markedAsWarning: CellStyle {
        var style = self
        style.fillColor = 0xFFEB9C
        style.fontColor = 0x9C5700
        return style
    }

    /// The same style filled with `color`.
    func filled(_ color: UInt32) -> CellStyle {
        var style = self
        style.fillColor = color
        return style
    }

    /// The same style in bold.
    var bold: CellStyle {
        var style = self
        style.isBold = true
        return style
    }

    /// The same style centred.
    var centered: CellStyle {
        var style = self
        style.alignsCenter = true
        return style
    }

    /// The same style with a thin border.
    var bordered: CellStyle {
        var style = self
        style.hasBorder = true
        return style
    }
}
