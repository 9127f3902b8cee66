import Testing

@testable import ProsperityInput

/// The table-driven transcoder, branch-free per byte, against the plain reading of the code page:
/// each byte's scalar from ``Windows1255/highHalf`` (or itself below 0x80), written by Swift's own
/// UTF-8 encoder, up to the first NUL or undefined byte.
@Suite struct Windows1255TableTests {
  /// What the transcoder must give for `bytes`: the UTF-8 up to the first byte that does not
  /// transcode, and that byte's offset.
  private func expected(_ bytes: [UInt8]) -> (utf8: [UInt8], failedAt: Int?) {
    var scalars = String.UnicodeScalarView()
    for (offset, byte) in bytes.enumerated() {
      let value = byte < 0x80 ? UInt32(byte) : UInt32(Windows1255.highHalf[Int(byte) - 0x80])
      guard value != 0, let scalar = Unicode.Scalar(value) else {
        return (Array(String(scalars).utf8), offset)
      }
      scalars.append(scalar)
    }
    return (Array(String(scalars).utf8), nil)
  }

  /// Hebrew-heavy random bytes as the media files hold them, with a bad byte now and then.
  private func sample(_ generator: inout some RandomNumberGenerator, badEvery rarity: Int)
    -> [UInt8]
  {
    let length = Int.random(in: 0...300, using: &generator)
    return (0..<length).map { _ in
      if Int.random(in: 0..<rarity, using: &generator) == 0 {
        return [0x00, 0x81, 0xCA, 0xFF].randomElement(using: &generator)!
      }
      return Bool.random(using: &generator)
        ? UInt8.random(in: 0xE0...0xFA, using: &generator)
        : UInt8.random(in: 0x01...0xFE, using: &generator)
    }
  }

  @Test("transcodes, appends and checks as the code page reads", arguments: [50, 400, 100_000])
  func agreesWithThePlainReading(rarity: Int) {
    var generator = SeededGenerator(seed: UInt64(rarity))
    for _ in 0..<400 {
      let bytes = sample(&generator, badEvery: rarity)
      let (utf8, failedAt) = expected(bytes)
      let whole = bytes.withUnsafeBufferPointer(Windows1255.transcodeToUTF8)
      switch whole {
      case .success(let output):
        #expect(failedAt == nil)
        #expect(output == utf8)
      case .failure(let offset):
        #expect(offset == failedAt)
      }
      var appended: [UInt8] = [0x41]
      let appendFailure = bytes.withUnsafeBufferPointer {
        Windows1255.appendUTF8(of: $0, to: &appended)
      }
      #expect(appendFailure == failedAt)
      #expect(appended == [0x41] + utf8, "what came before the bad byte is appended, no more")
      #expect(bytes.withUnsafeBufferPointer(Windows1255.definesEvery) == (failedAt == nil))
    }
  }

  @Test("a text of every length up to 64 bytes, each byte in turn undefined")
  func everyLengthAndPosition() {
    let letters = (0..<64).map { UInt8(0xE0 + $0 % 27) }
    for length in 0...64 {
      let text = Array(letters.prefix(length))
      #expect(text.withUnsafeBufferPointer(Windows1255.definesEvery))
      for position in 0..<length {
        var bad = text
        bad[position] = 0xFF
        #expect(!bad.withUnsafeBufferPointer(Windows1255.definesEvery))
        var output: [UInt8] = []
        #expect(
          bad.withUnsafeBufferPointer { Windows1255.appendUTF8(of: $0, to: &output) } == position)
        #expect(output.count == position * 2)
      }
    }
  }
}
