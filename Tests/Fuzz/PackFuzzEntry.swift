// libFuzzer entry for the JSON readers: the input is a file's bytes, read as JSON, as a rule pack,
// as a `.disclint.json` and as a baseline.
// Not part of Package.swift: `.ci/fuzz` compiles it with -sanitize=fuzzer,address together with
// Sources/DisclintCore and Tests/DisclintCoreTests/Fuzz/FuzzTargets.swift (what is done with each
// input, shared with the regression tests).

/// The embedded packs and fixtures, made once, in `LLVMFuzzerInitialize`.
nonisolated(unsafe) private var context: FuzzTargets.Context!

/// Called once by libFuzzer before the first input (``FuzzTargets/fuzzerContext()``).
@_cdecl("LLVMFuzzerInitialize")
public func packFuzzInitialize(_ argc: OpaquePointer?, _ argv: OpaquePointer?) -> CInt {
    context = FuzzTargets.fuzzerContext()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func packFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTargets.packs(bytes, context)
    return 0
}
