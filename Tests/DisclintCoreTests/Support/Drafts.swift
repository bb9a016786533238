/// Drafts written for these tests (a fictitious company), used by the CLI and linter tests.
enum Drafts {
    /// A complete, consistent results release: no finding.
    static let clean = """
        # Results of Share Buyback

        TOKYO, Japan, July 31, 2025 -- Heron Logistics Co., Ltd. today announced the results of the share buyback approved at the meeting of its Board of Directors held on July 1, 2025.

        1. Class of shares: Common stock
        2. Purchase period: From July 2, 2025 to July 25, 2025 (based on trade date)
        3. Number of shares purchased: 819,000 shares
        4. Aggregate cost: 2,533,155,000 yen
        5. Purchase method: Market purchases on the Tokyo Stock Exchange

        Note: Resolution of the Board of Directors held on July 1, 2025

        1. Class of shares: Common stock
        2. Maximum number of shares: 1,000,000 shares
        3. Maximum total price: 3,000,000,000 yen
        4. Schedule: From July 2, 2025 to July 31, 2025

        Forward-looking statements: this release contains forward-looking statements that involve risks.

        """

    /// The clean draft with more shares purchased than approved: one error (`shares-exceed-cap`).
    static let overCap = clean.replacingFirst("819,000 shares", with: "1,190,000 shares")

    /// The clean draft without its class of shares: one warning (`missing-share-class`), no error.
    static let warningOnly = clean
        .replacingFirst("1. Class of shares: Common stock\n", with: "")
        .replacingFirst("1. Class of shares: Common stock\n", with: "")

    /// A release of no known kind: never any finding.
    static let dividend = """
        # Notice of Dividends of Surplus

        TOKYO, Japan, July 31, 2025 -- Heron Logistics Co., Ltd. announces a year-end dividend of 25 yen per share.

        """
}

extension String {
    /// The text with the first occurrence of `target` replaced; unchanged if there is none.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = rangeOfFirst(target) else { return self }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }

    private func rangeOfFirst(_ target: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
