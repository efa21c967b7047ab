// Reads one CSV file with ismsbook's reader and with CSV.swift, interleaved, and prints the
// median wall time of each. Both decode every field to a String; neither normalises anything.
//
// usage: swift run -c release --package-path Benchmarks/csv-readers csv-readers FILE.csv [RUNS]
import CSV
import Foundation
import ISMSBookCore

struct Count {
    var rows = 0
    var fields = 0
}

func ownReader(_ path: String) throws -> Count {
    let reader = try DelimitedTextReader(path: path)
    var count = Count()
    while let record = try reader.next() {
        count.rows += 1
        count.fields += record.fields.count
    }
    return count
}

func csvSwift(_ path: String) throws -> Count {
    guard let stream = InputStream(fileAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
    let reader = try CSVReader(stream: stream)
    var count = Count()
    while let row = reader.next() {
        count.rows += 1
        count.fields += row.count
    }
    return count
}

func seconds(_ body: () throws -> Count) rethrows -> (Double, Count) {
    let started = DispatchTime.now().uptimeNanoseconds
    let count = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, count)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: csv-readers FILE.csv [RUNS]\n".utf8))
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 3) : 3
var times: [String: [Double]] = [:]
var counts: [String: Count] = [:]
let readers: [(String, (String) throws -> Count)] = [("ismsbook DelimitedTextReader", ownReader), ("CSV.swift CSVReader", csvSwift)]
do {
    for run in 1...runs {
        for (name, read) in readers {
            let (time, count) = try seconds { try read(path) }
            times[name, default: []].append(time)
            counts[name] = count
            print("  run \(run)/\(runs) \(name): \(String(format: "%.2f", time)) s, \(count.rows) rows, \(count.fields) fields")
        }
    }
} catch {
    FileHandle.standardError.write(Data("\(path): error: \(error)\n".utf8))
    exit(2)
}
print("\n| reader | rows | median wall (s) |\n|---|---:|---:|")
for (name, _) in readers {
    let sorted = times[name, default: []].sorted()
    print("| \(name) | \(counts[name]?.rows ?? 0) | \(String(format: "%.2f", sorted[sorted.count / 2])) |")
}
