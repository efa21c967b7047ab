// The one rule for C strings here: a string goes to libxlsxwriter only for the duration of the
// call that takes it (`withCString`, or ``withCStrings(_:_:)`` for a list), and nothing is kept
// alive for later. That is safe because libxlsxwriter 1.1.4 copies every string it is given before
// the call returns (read in jmcnamara/libxlsxwriter @ RELEASE_1.1.4): workbook_new_opt copies the
// file name and `tmpdir` (src/workbook.c:1782, 1882), workbook_add_worksheet the sheet name
// (1911), workbook_set_properties every property (2277–2322); worksheet_write_string copies the
// text (src/worksheet.c:7803), the header and footer functions theirs (9619), the data validation
// its titles, messages and list (10817–10857, the list into a new formula), the conditional formats
// their value (7431), worksheet_write_comment_opt its text (8559), worksheet_ignore_errors its
// range (11201); format_set_num_format copies into the format (src/format.c:445); and the chart
// functions copy ranges, names, titles and number formats (src/chart.c:5215–5282, 6082, 6401) and
// chart_series_set_points its points and fills (5506–5515).

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Calls `body` with C copies of `strings` in a NULL-terminated array (the form of
/// libxlsxwriter's list arguments), valid during the call only.
func withCStrings<Result>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) throws -> Result) rethrows -> Result {
    var copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { for copy in copies { free(copy) } }
    return try copies.withUnsafeMutableBufferPointer { buffer in
        // Never nil: the buffer holds at least the terminating NULL.
        try body(buffer.baseAddress!)
    }
}
