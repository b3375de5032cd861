extension Array {
    /// Gives the array `count` elements, keeping its storage (and its first elements) when it
    /// can: buffers reused from batch to batch (score tables, norm columns) resize this way
    /// instead of being allocated again. New elements are `value`.
    @inlinable  // specialised at each use: an unspecialised generic append is slow per element
    package mutating func resize(to count: Int, filling value: Element) {
        if self.count > count {
            removeLast(self.count - count)
        } else if self.count < count {
            append(contentsOf: repeatElement(value, count: count - self.count))
        }
    }
}
