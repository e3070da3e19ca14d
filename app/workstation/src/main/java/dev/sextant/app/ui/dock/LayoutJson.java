package dev.sextant.app.ui.dock;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The layout file format:
 * <pre>{"version":2,"root":{"split":"horizontal","dividers":[0.2],"children":[{"tabs":["data"],"selected":"data"}, ...]},
 *  "floating":[{"x":100,"y":80,"width":640,"height":480,"root":{"tabs":["jobs"],"selected":"jobs"}}]}</pre>
 * Version 1 files (no {@code floating}) are read too. {@link #read} rejects anything else with a
 * {@link LayoutFormatException} saying what is wrong.
 */
public final class LayoutJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private LayoutJson() {
    }

    public static String write(Layout layout) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("version", Layout.VERSION);
        doc.set("root", node(layout.root()));
        ArrayNode floating = doc.putArray("floating");
        for (FloatingWindow w : layout.floating()) {
            ObjectNode window = floating.addObject();
            window.put("x", w.x());
            window.put("y", w.y());
            window.put("width", w.width());
            window.put("height", w.height());
            window.set("root", node(w.root()));
        }
        return MAPPER.writeValueAsString(doc);
    }

    private static ObjectNode node(LayoutNode node) {
        ObjectNode out = MAPPER.createObjectNode();
        switch (node) {
            case LayoutNode.Tabs t -> {
                ArrayNode tabs = out.putArray("tabs");
                t.panels().forEach(tabs::add);
                out.put("selected", t.selected());
            }
            case LayoutNode.Split s -> {
                out.put("split", s.horizontal() ? "horizontal" : "vertical");
                ArrayNode dividers = out.putArray("dividers");
                s.dividers().forEach(dividers::add);
                ArrayNode children = out.putArray("children");
                s.children().forEach(c -> children.add(node(c)));
            }
        }
        return out;
    }

    public static Layout read(String text) {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new LayoutFormatException("not valid JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new LayoutFormatException("not a layout object");
        }
        JsonNode version = doc.get("version");
        if (version == null || !version.isInt()) {
            throw new LayoutFormatException("no format version");
        }
        if (version.intValue() < 1 || version.intValue() > Layout.VERSION) {
            throw new LayoutFormatException("format version " + version.intValue() + " (this Sextant reads 1 to " + Layout.VERSION + ")");
        }
        try {
            LayoutNode root = parse(doc.get("root"), "root");
            List<FloatingWindow> floating = new ArrayList<>();
            if (doc.has("floating")) {
                int i = 0;
                for (JsonNode w : array(doc.get("floating"), "floating")) {
                    floating.add(window(w, "floating[" + i++ + "]"));
                }
            }
            return new Layout(root, floating);
        } catch (IllegalArgumentException e) {
            throw new LayoutFormatException(e.getMessage());
        }
    }

    private static FloatingWindow window(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new LayoutFormatException(where + " is not an object");
        }
        return new FloatingWindow(number(node, "x", where), number(node, "y", where),
                number(node, "width", where), number(node, "height", where), parse(node.get("root"), where + ".root"));
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new LayoutFormatException(where + "." + field + " is not a number");
        }
        return value.doubleValue();
    }

    private static LayoutNode parse(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new LayoutFormatException(where + " is not an object");
        }
        if (node.has("tabs")) {
            List<String> panels = new ArrayList<>();
            for (JsonNode p : array(node.get("tabs"), where + ".tabs")) {
                if (!p.isString()) {
                    throw new LayoutFormatException(where + ".tabs holds a non-string");
                }
                panels.add(p.stringValue());
            }
            JsonNode selected = node.get("selected");
            return new LayoutNode.Tabs(panels, selected != null && selected.isString() ? selected.stringValue() : null);
        }
        JsonNode split = node.get("split");
        if (split == null || !split.isString()
                || !(split.stringValue().equals("horizontal") || split.stringValue().equals("vertical"))) {
            throw new LayoutFormatException(where + " is neither tabs nor a horizontal/vertical split");
        }
        List<Double> dividers = new ArrayList<>();
        for (JsonNode d : array(node.get("dividers"), where + ".dividers")) {
            if (!d.isNumber() || d.doubleValue() < 0 || d.doubleValue() > 1) {
                throw new LayoutFormatException(where + ".dividers must be numbers between 0 and 1");
            }
            dividers.add(d.doubleValue());
        }
        List<LayoutNode> children = new ArrayList<>();
        int i = 0;
        for (JsonNode c : array(node.get("children"), where + ".children")) {
            children.add(parse(c, where + ".children[" + i++ + "]"));
        }
        return new LayoutNode.Split(split.stringValue().equals("horizontal"), dividers, children);
    }

    private static JsonNode array(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new LayoutFormatException(where + " is not an array");
        }
        return node;
    }
}
