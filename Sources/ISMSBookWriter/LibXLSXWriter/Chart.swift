import CXLSXWriter

/// A chart of a ``Workbook``: its series, title, legend and value axis. Charts belong to the
/// workbook and are drawn when a ``Worksheet`` inserts them; used after the workbook is closed
/// they throw.
final class Chart {
    /// The kinds of chart ismsbook draws.
    enum Kind {
        /// One column per category.
        case column
        /// The series of each category stacked into one column.
        case stackedColumn

        var type: UInt8 {
            switch self {
            case .column: UInt8(LXW_CHART_COLUMN.rawValue)
            case .stackedColumn: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            }
        }
    }

    /// Where the legend goes.
    enum LegendPosition {
        case none, bottom

        var value: UInt8 {
            switch self {
            case .none: UInt8(LXW_CHART_LEGEND_NONE.rawValue)
            case .bottom: UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)
            }
        }
    }

    /// A series of a chart.
    struct Series {
        fileprivate let handle: UnsafeMutablePointer<lxw_chart_series>
        fileprivate let chart: Chart

        /// Names the series after a cell (`='Cost plan'!$B$5`).
        func setName(_ formula: String) throws {
            _ = try chart.live("naming a chart series")
            formula.withCString { chart_series_set_name(handle, $0) }
        }

        /// Fills every column of the series with `color` (0xRRGGBB).
        func setFill(_ color: UInt32) throws {
            _ = try chart.live("colouring a chart series")
            var fill = lxw_chart_fill(color: color, none: 0, transparency: 0)
            chart_series_set_fill(handle, &fill)
        }

        /// Fills each column of the series with its own colour, in order.
        func setPointColors(_ colors: [UInt32]) throws {
            _ = try chart.live("colouring a chart series")
            var fills = colors.map { lxw_chart_fill(color: $0, none: 0, transparency: 0) }
            let result = fills.withUnsafeMutableBufferPointer { fills -> lxw_error in
                var points = (0..<fills.count).map { index -> lxw_chart_point in
                    var point = lxw_chart_point()
                    point.fill = fills.baseAddress.map { $0 + index }
                    return point
                }
                return points.withUnsafeMutableBufferPointer { points -> lxw_error in
                    var list: [UnsafeMutablePointer<lxw_chart_point>?] = (0..<points.count).map { index in
                        points.baseAddress.map { $0 + index }
                    }
                    list.append(nil)
                    return chart_series_set_points(handle, &list)
                }
            }
            try XLSXWriterError.check(result, "colouring the chart")
        }
    }

    private let handle: UnsafeMutablePointer<lxw_chart>
    // Charts belong to the workbook; holding it keeps the handle alive until it is closed.
    private let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }

    /// The handle, or the error for a chart whose workbook is closed (which freed it).
    fileprivate func live(_ operation: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_chart> {
        _ = try workbook.live(operation())
        return handle
    }

    /// The handle, for ``Worksheet/insert(_:row:column:)``.
    var pointer: UnsafeMutablePointer<lxw_chart> {
        get throws { try live("inserting a chart") }
    }

    /// Adds a series of `values` over `categories`, both ranges such as `='概要'!$A$20:$A$23`.
    func addSeries(categories: String, values: String) throws -> Series {
        let chart = try live("adding a chart series")
        let series = categories.withCString { categories in values.withCString { values in chart_add_series(chart, categories, values) } }
        guard let series else { throw XLSXWriterError(.notCreated, operation: "adding a chart series", message: "invalid range") }
        return Series(handle: series, chart: self)
    }

    /// The chart's title.
    func setTitle(_ title: String) throws {
        let chart = try live("setting a chart title")
        title.withCString { chart_title_set_name(chart, $0) }
    }

    /// Where the legend goes.
    func setLegend(_ position: LegendPosition) throws {
        chart_legend_set_position(try live("placing a chart legend"), position.value)
    }

    /// The number format of the value (Y) axis, e.g. `"¥"#,##0`.
    func setValueAxisNumberFormat(_ format: String) throws {
        let chart = try live("setting a chart axis format")
        format.withCString { chart_axis_set_num_format(chart.pointee.y_axis, $0) }
    }
}
