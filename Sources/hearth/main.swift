import Foundation
import HearthCLI

exit(HearthTool.run(Array(CommandLine.arguments.dropFirst()), io: ProcessIO()))
