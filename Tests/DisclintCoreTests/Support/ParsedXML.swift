import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's parser (libxml2), as a flat list of elements in
/// document order, so that tests check the reporters' XML with a real parser, not by eye.
final class ParsedXML: NSObject, XMLParserDelegate {
    /// One element: its name, its attributes, its parent's index and the text directly in it.
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: Int?
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// Parses `text`; throws the parser's error if it is not well-formed XML.
    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "ParsedXML", code: 1)
        }
    }

    /// The elements with a name, in document order.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The children of the element at `index` with a name.
    func children(of index: Int, _ name: String) -> [Element] {
        elements.filter { $0.parent == index && $0.name == name }
    }

    /// The index of the first element with a name and the attribute values given.
    func index(of name: String, where attributes: [String: String] = [:]) -> Int? {
        elements.firstIndex { element in
            element.name == name && attributes.allSatisfy { element.attributes[$0.key] == $0.value }
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}
