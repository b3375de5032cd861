import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Files the package writes beside its users' files or in the temporary directory: the
// command line's staged output and the record keys of streamed imports (``KeyLedger``).

/// Writes all of `bytes` to a descriptor (retrying short writes and interruptions).
package func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
    guard var base = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = Foundation.write(descriptor, base, remaining)
        if written == 0 { throw OutputError("the system wrote nothing") }
        if written < 0 {
            guard errno == EINTR else { throw OutputError(systemReason()) }
            continue
        }
        base += written
        remaining -= written
    }
}

/// A file in `directory` for staging output: without a name where the system allows
/// (Linux `O_TMPFILE`: nothing is left behind even if the process is killed), else a
/// hidden `.<name>.XXXXXX.tmp` from `mkstemps`. `mode` is set on it.
package func stagingFile(in directory: String, name: String, mode: mode_t) -> (descriptor: Int32, path: String?)? {
    #if os(Linux)
    // O_TMPFILE is __O_TMPFILE | O_DIRECTORY (the former 0o20000000 on every Linux architecture).
    let anonymous = open(directory, Int32(0o20000000) | O_DIRECTORY | O_RDWR | O_CLOEXEC, mode)
    if anonymous >= 0 {
        fchmod(anonymous, mode)
        return (anonymous, nil)
    }
    #endif
    var template = Array(URL(fileURLWithPath: directory).appendingPathComponent(".\(name).XXXXXX.tmp").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemps($0, 4) } ?? -1 }
    guard descriptor >= 0 else { return nil }
    fchmod(descriptor, mode)
    return (descriptor, String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
}

/// A file without a name in the temporary directory, readable and writable by its
/// descriptor only (gone when it is closed, even if the process is killed where the system
/// has `O_TMPFILE`; else its name is removed at once); `nil` when none can be made.
package func anonymousTemporaryFile(name: String) -> Int32? {
    guard let staging = stagingFile(in: NSTemporaryDirectory(), name: name, mode: 0o600) else { return nil }
    if let path = staging.path { unlink(path) }
    return staging.descriptor
}

/// The system's reason for the last failure, for messages (`strerror`).
package func systemReason() -> String { String(cString: strerror(errno)) }

/// Why staged output could not be made or delivered, in words for the user.
package struct OutputError: Error, CustomStringConvertible {
    /// The reason, in words.
    package var description: String
    /// An error with its reason.
    package init(_ description: String) { self.description = description }
}
