// libFuzzer entry for the JSON readers: the input is a file's bytes, read as JSON, as a rule pack,
// as a `.disclint.json` and as a baseline.
// Not part of Package.swift: `.ci/fuzz` compiles it with -sanitize=fuzzer,address together with
// Sources/DisclintCore and Tests/DisclintCoreTests/Fuzz/FuzzTargets.swift (what is done with each
// input, shared with the regression tests).

@_silgen_name("__lsan_disable") private func lsanDisable()
@_silgen_name("__lsan_enable") private func lsanEnable()

/// The embedded packs and fixtures, made once, in `LLVMFuzzerInitialize`.
nonisolated(unsafe) private var context: FuzzTargets.Context!

/// Called once by libFuzzer before the first input. What is made here lives for the whole run:
/// LeakSanitizer is told to ignore it, as it cannot follow Swift's tagged string and enum
/// pointers from globals and would report the loaded packs and the engine's tables as leaks.
@_cdecl("LLVMFuzzerInitialize")
public func packFuzzInitialize(_ argc: OpaquePointer?, _ argv: OpaquePointer?) -> CInt {
    lsanDisable()
    defer { lsanEnable() }
    do {
        context = FuzzTargets.Context(rules: try RuleSet.embedded())
    } catch {
        fatalError("the embedded rule packs do not load: \(error)")
    }
    FuzzTargets.warmUp(context, packTexts: EmbeddedRulePacks.all.map(\.text))
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func packFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTargets.packs(bytes, context)
    return 0
}
