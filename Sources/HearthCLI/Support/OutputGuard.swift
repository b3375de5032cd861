/// Refuses an output path that is one of the command's input files, so that a typo never
/// overwrites the data it was meant to read.
struct OutputGuard {
    var io: any CommandIO

    /// - Throws: a usage error naming the option when `output` is the same file as any of
    ///   `inputs` (the same path after resolving links and `..`, or the same file on disk).
    func refuse(output: String?, inputs: [String]) throws(ToolError) {
        guard let output else { return }
        for input in inputs where io.isSameFile(output, input) {
            throw .usage("the output '\(output)' is an input file; choose another --output")
        }
    }
}
