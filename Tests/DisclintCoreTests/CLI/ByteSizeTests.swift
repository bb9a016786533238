import DisclintCore
import Testing

@Suite("Byte sizes")
struct ByteSizeTests {
    @Test("reads bytes, and units as GNU tools do, in any case", arguments: [
        ("100", 100), ("100B", 100), ("1K", 1_024), ("1k", 1_024), ("1KiB", 1_024), ("1kib", 1_024), ("1KB", 1_000),
        ("64M", 67_108_864), ("64MiB", 67_108_864), ("64MB", 64_000_000), ("64mb", 64_000_000),
        ("4G", 4_294_967_296), ("4GiB", 4_294_967_296), ("4GB", 4_000_000_000), ("0", 0), ("007", 7),
    ])
    func reads(_ text: String, _ bytes: Int) {
        #expect(ByteSize.bytes(text) == bytes)
    }

    @Test("refuses what is not a size", arguments: [
        "", "MB", "64 MB", " 64", "64TB", "64Mi", "1.5M", "-1", "+1", "1e6", "0x10", "６４", "١٢", "64MBs",
        "99999999999999999999", "9223372036854775807K",
    ])
    func refuses(_ text: String) {
        #expect(ByteSize.bytes(text) == nil, "\(text)")
    }

    @Test("names a size in the largest whole binary unit", arguments: [
        (16_777_216, "16 MiB"), (1_024, "1 KiB"), (1_536, "1536 bytes"), (1 << 30, "1 GiB"), (1_000_000, "1000000 bytes"), (0, "0 bytes"),
    ])
    func describes(_ bytes: Int, _ text: String) {
        #expect(ByteSize.description(bytes) == text)
    }
}
