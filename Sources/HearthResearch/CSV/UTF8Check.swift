/// UTF-8 validation of raw bytes without building a `String` (RFC 3629: no overlong
/// forms, no surrogates, nothing above U+10FFFF), eight ASCII bytes at a time.
enum UTF8Check {
    /// Whether `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        // Most records are ASCII: every high bit of the words or-ed together, checked once.
        var high: UInt64 = 0, word = 0
        while word &+ 8 <= count {
            high |= UnsafeRawPointer(base + word).loadUnaligned(as: UInt64.self)
            word &+= 8
        }
        for tail in word..<count { high |= UInt64(base[tail]) }
        if high & 0x8080_8080_8080_8080 == 0 { return true }
        var index = 0
        while index < count {
            // ASCII fast path: a word with no high bit set is eight ASCII bytes.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            // The sequence length and the allowed range of the second byte (Table 3-7 of the Unicode Standard).
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= count, (low...high).contains(base[index + 1]) else { return false }
            for offset in 2..<max(length, 2) where base[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
