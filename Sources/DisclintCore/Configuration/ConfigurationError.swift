/// Why a `.disclint.json` (or a baseline) was refused: the same shape as a rule pack's error,
/// the file, where in it, the JSON path and what is wrong, printed under its own heading.
package typealias ConfigurationError = RulePackError
