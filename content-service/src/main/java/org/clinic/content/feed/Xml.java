package org.clinic.content.feed;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A little help around the JDK's XML writer, which escapes markup but lets through what XML cannot hold at all. */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter writer;

    Xml() {
        try {
            writer = FACTORY.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XMLStreamWriter writer() {
        return writer;
    }

    /** An element holding only text; control characters an editor pasted would make the document unreadable. */
    void element(String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(clean(text));
        writer.writeEndElement();
    }

    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    String finish() throws XMLStreamException {
        writer.writeEndDocument();
        writer.close();
        return out.toString();
    }
}
