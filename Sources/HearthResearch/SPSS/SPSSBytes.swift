import Foundation

/// Buffered reading of an SPSS file's bytes from a ``CSVReader/ByteSource``, in the file's
/// byte order (the header's layout code tells which): what ``SPSSReader`` parses records from.
struct SPSSBytes {
    private let read: CSVReader.ByteSource
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    /// Whether numbers are stored big-endian.
    var bigEndian = false
    /// Bytes consumed so far (for messages).
    private(set) var offset = 0

    init(read: @escaping CSVReader.ByteSource, readSize: Int = 1 << 20) {
        self.read = read
        buffer = [UInt8](repeating: 0, count: max(readSize, 64))
    }

    /// Makes `count` bytes available; `false` at the end of the input before that.
    mutating func fill(_ count: Int) throws(ResearchError) -> Bool {
        while end - start < count {
            if finished { return false }
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    guard let base = bytes.baseAddress else { return }
                    memmove(base, base + start, end - start)
                }
                end -= start
                start = 0
            }
            if buffer.count - end < count { buffer += [UInt8](repeating: 0, count: max(count, buffer.count)) }
            let got: Int
            do {
                got = try buffer.withUnsafeMutableBytes { bytes in try read(UnsafeMutableRawBufferPointer(rebasing: bytes[end...])) }
            } catch {
                throw ResearchError(.malformedFile, message: "the file could not be read at byte \(offset)")
            }
            if got < 0 { throw ResearchError(.malformedFile, message: "the file could not be read at byte \(offset)") }
            if got == 0 { finished = true } else { end += got }
        }
        return true
    }

    /// Whether the input is at its end.
    mutating func atEnd() throws(ResearchError) -> Bool { !(try fill(1)) }

    /// The next `count` bytes; a truncated-file error naming `what` when they are missing.
    mutating func bytes(_ count: Int, _ what: @autoclosure () -> String) throws(ResearchError) -> ArraySlice<UInt8> {
        guard count >= 0, try fill(count) else {
            throw ResearchError(.malformedFile, field: what(), message: "the file ends inside this record (truncated)")
        }
        let slice = buffer[start..<(start + count)]
        start += count
        offset += count
        return slice
    }

    /// Calls `body` with the next `count` bytes without copying them.
    mutating func withBytes<Result>(_ count: Int, _ what: @autoclosure () -> String, _ body: (UnsafeRawBufferPointer) -> Result) throws(ResearchError) -> Result {
        guard count >= 0, try fill(count) else {
            throw ResearchError(.malformedFile, field: what(), message: "the file ends inside this record (truncated)")
        }
        let result = buffer.withUnsafeBytes { bytes in body(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)])) }
        start += count
        offset += count
        return result
    }

    /// The next `count` bytes as an array grown as they arrive (a record that declares more
    /// bytes than the file holds fails at the file's end, not with an allocation of its size).
    mutating func array(_ count: Int, _ what: @autoclosure () -> String) throws(ResearchError) -> [UInt8] {
        var result: [UInt8] = []
        var left = count
        while left > 0 {
            let piece = min(left, 1 << 20)
            result += try bytes(piece, what())
            left -= piece
        }
        return result
    }

    mutating func skip(_ count: Int, _ what: @autoclosure () -> String) throws(ResearchError) {
        var left = count
        while left > 0 {
            let piece = min(left, 1 << 16)
            _ = try bytes(piece, what())
            left -= piece
        }
    }

    mutating func int32(_ what: @autoclosure () -> String) throws(ResearchError) -> Int32 {
        let raw = try bytes(4, what())
        var value: UInt32 = 0
        for (index, byte) in raw.enumerated() { value |= UInt32(byte) << (8 * UInt32(index)) }
        return Int32(bitPattern: bigEndian ? value.byteSwapped : value)
    }

    mutating func int64(_ what: @autoclosure () -> String) throws(ResearchError) -> Int64 {
        let raw = try bytes(8, what())
        var value: UInt64 = 0
        for (index, byte) in raw.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
        return Int64(bitPattern: bigEndian ? value.byteSwapped : value)
    }

    mutating func double(_ what: @autoclosure () -> String) throws(ResearchError) -> Double {
        Self.double(try bytes(8, what()), bigEndian: bigEndian)
    }

    /// An int32 from 4 stored bytes.
    static func int32(_ raw: ArraySlice<UInt8>, bigEndian: Bool) -> Int32 {
        var value: UInt32 = 0
        for (index, byte) in raw.enumerated() { value |= UInt32(byte) << (8 * UInt32(index)) }
        return Int32(bitPattern: bigEndian ? value.byteSwapped : value)
    }

    /// A double from 8 stored bytes.
    static func double(_ raw: ArraySlice<UInt8>, bigEndian: Bool) -> Double {
        var value: UInt64 = 0
        for (index, byte) in raw.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
        return Double(bitPattern: bigEndian ? value.byteSwapped : value)
    }
}
