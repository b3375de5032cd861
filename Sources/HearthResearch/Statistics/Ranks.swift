/// Ranks 1…n of values, ties given the mean of the ranks they span (R's
/// `rank(ties.method = "average")`).
enum Ranks {
    /// The ranks, in the values' order, and whether any values tie.
    static func average(_ values: [Double]) -> (ranks: [Double], ties: Bool) {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var ties = false
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            if end - start > 1 { ties = true }
            // Positions start..<end hold ranks start+1 … end: their mean.
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            start = end
        }
        return (ranks, ties)
    }
}
