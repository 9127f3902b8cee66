import Foundation

#if FUZZING
  /// libFuzzer's entry point; built with `make fuzz` (`-sanitize=fuzzer,address -DFUZZING`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTargets.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
  ) -> Int32

  /// SwiftPM links an executable's entry under this name; hand control to libFuzzer's driver.
  @_cdecl("ProsperityFuzz_main")
  public func fuzzMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
  }
#else
  /// Without the fuzzer: replays inputs (files or folders of files) through the same targets, as
  /// the tests do with the corpus.
  @main
  struct Replay {
    static func main() throws {
      var count = 0
      for argument in CommandLine.arguments.dropFirst() {
        let names =
          (try? FileManager.default.contentsOfDirectory(atPath: argument)).map {
            $0.sorted().map { (argument as NSString).appendingPathComponent($0) }
          } ?? [argument]
        for path in names {
          guard let data = FileManager.default.contents(atPath: path) else { continue }
          for selector in UInt8(0)..<3 { FuzzTargets.run([selector] + [UInt8](data)) }
          count += 1
        }
      }
      print("replayed \(count) inputs through 3 targets")
    }
  }
#endif
