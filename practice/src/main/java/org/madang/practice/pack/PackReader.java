package org.madang.practice.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.madang.core.facility.Localized;
import org.madang.practice.scenario.Category;
import org.madang.practice.scenario.Item;
import org.madang.practice.scenario.Look;
import org.madang.practice.scenario.OptionGroup;
import org.madang.practice.scenario.Pack;
import org.madang.practice.scenario.PayMethod;
import org.madang.practice.scenario.Pick;
import org.madang.practice.scenario.ScenarioScreen;

/**
 * Reads a scenario pack — a folder with {@code pack.yaml} and its pictures (SVG or PNG) — and
 * checks all of it before a learner meets it: every name unique, every {@code next} a screen,
 * every screen reachable and every path ending at a receipt, every picture there and readable,
 * words in Korean and English, colours that can be read (4.5:1), and lessons whose steps name
 * controls the screens have and whose goals name facts an order has. Each problem comes as
 * {@code file:line} and what to do.
 */
public final class PackReader {
    /** The pack file in a pack's folder. */
    public static final String FILE = "pack.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final double MIN_CONTRAST = 4.5;

    /** A pack in a folder (an instructor's). */
    public Pack read(Path folder) throws PackException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new PackException(file + ": no such file (a pack is a folder with " + FILE + " and its pictures)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, file.toString(), name -> {
            Path p = folder.resolve(name).normalize();
            if (!p.startsWith(folder.normalize()) || !Files.isRegularFile(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(p.toUri().toURL());
            } catch (MalformedURLException e) {
                return Optional.empty();
            }
        });
    }

    /** A pack in the jar ({@code base} a resource folder such as {@code /org/madang/practice/packs/fastfood/}). */
    public Pack readResource(String base) throws PackException {
        try (InputStream in = PackReader.class.getResourceAsStream(base + FILE)) {
            if (in == null) {
                throw new PackException(base + FILE + ": missing from the build");
            }
            String name = base.substring(base.lastIndexOf('/', base.length() - 2) + 1) + FILE;
            return read(in.readAllBytes(), name, file -> file.contains("..") ? Optional.empty()
                    : Optional.ofNullable(PackReader.class.getResource(base + file)));
        } catch (IOException e) {
            throw new PackException(base + FILE + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private Pack read(byte[] bytes, String name, Pack.Files files) throws PackException {
        Node root = new LocatedYaml().read(bytes, name);
        String id = id(root.get("pack"));
        Localized title = LessonFile.words(root.get("title"));
        Look look = look(root.get("look"), files);
        Map<String, OptionGroup> options = new LinkedHashMap<>();
        if (root.find("options").isPresent()) {
            for (Node o : root.get("options").list()) {
                String gid = id(o.get("id"));
                if (options.put(gid, new OptionGroup(gid, LessonFile.words(o.get("title")), picks(o.get("picks"), files, false))) != null) {
                    throw new PackException(o.get("id").where() + ": option group '" + gid + "' is given twice");
                }
            }
        }
        Map<String, ScenarioScreen> screens = new LinkedHashMap<>();
        Map<String, Node> at = new LinkedHashMap<>();
        for (Node s : root.get("screens").list()) {
            ScenarioScreen screen = screen(s, options, files);
            if (screens.put(screen.id(), screen) != null) {
                throw new PackException(s.get("id").where() + ": screen '" + screen.id() + "' is given twice");
            }
            at.put(screen.id(), s);
        }
        String start = root.get("start").text();
        if (!screens.containsKey(start)) {
            throw new PackException(root.get("start").where() + ": no screen '" + start + "' to start on");
        }
        checkFlow(screens, at, start);
        Pack pack = new Pack(id, title, look, start, screens, options, List.of(), files);
        List<org.madang.practice.lesson.Lesson> lessons = LessonFile.forPack(pack.controls(), pack.factKeys()).lessons(root);
        for (org.madang.practice.lesson.Lesson l : lessons) {
            if (!l.id().startsWith(id + ".")) {
                throw new PackException(name + ": lesson '" + l.id() + "' must begin with the pack's name ('" + id + "." + l.id() + "')");
            }
        }
        return new Pack(id, title, look, start, screens, options, lessons, files);
    }

    /** Every next is a screen; every screen is reached from the start; every screen leads on, to a receipt in the end. */
    private static void checkFlow(Map<String, ScenarioScreen> screens, Map<String, Node> at, String start) throws PackException {
        for (ScenarioScreen s : screens.values()) {
            for (String to : s.leadsTo()) {
                if (!screens.containsKey(to)) {
                    throw new PackException(whereNext(at.get(s.id()), to) + ": screen '" + s.id() + "' leads to '" + to
                            + "', which is not a screen (screens: " + String.join(", ", screens.keySet()) + ")");
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (reached.add(s)) {
                todo.addAll(screens.get(s).leadsTo());
            }
        }
        for (String s : screens.keySet()) {
            if (!reached.contains(s)) {
                throw new PackException(at.get(s).where() + ": screen '" + s + "' is never reached (no 'next' leads to it)");
            }
        }
        // a screen from which no receipt can be reached would strand the learner
        Set<String> ends = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ScenarioScreen s : screens.values()) {
                if (!ends.contains(s.id()) && (s instanceof ScenarioScreen.Receipt || s.leadsTo().stream().anyMatch(ends::contains))) {
                    ends.add(s.id());
                    grew = true;
                }
            }
        }
        for (String s : screens.keySet()) {
            if (!ends.contains(s)) {
                throw new PackException(at.get(s).where() + ": from screen '" + s + "' no way leads to a receipt");
            }
        }
    }

    /** Where a screen (or one of its picks) says {@code next: to}. */
    private static String whereNext(Node screen, String to) throws PackException {
        List<Node> candidates = new ArrayList<>();
        screen.find("next").ifPresent(candidates::add);
        if (screen.find("picks").isPresent()) {
            for (Node p : screen.get("picks").list()) {
                p.find("next").ifPresent(candidates::add);
            }
        }
        for (Node n : candidates) {
            if (to.equals(n.value())) {
                return n.where();
            }
        }
        return screen.where();
    }

    private ScenarioScreen screen(Node s, Map<String, OptionGroup> options, Pack.Files files) throws PackException {
        String id = id(s.get("id"));
        Localized title = LessonFile.words(s.get("title"));
        String widget = s.get("widget").text();
        switch (widget) {
            case "choice" -> {
                Optional<String> next = s.find("next").isPresent() ? Optional.of(s.get("next").text()) : Optional.empty();
                List<Pick> picks = picks(s.get("picks"), files, true);
                if (next.isEmpty() && picks.stream().anyMatch(p -> p.next().isEmpty())) {
                    throw new PackException(s.where() + ": screen '" + id + "' needs a 'next' (or one on each pick)");
                }
                return new ScenarioScreen.Choice(id, title, id(s.get("key")), LessonFile.words(s.get("label")), picks, next);
            }
            case "menu" -> {
                List<Category> categories = new ArrayList<>();
                Set<String> items = new HashSet<>();
                for (Node c : s.get("categories").list()) {
                    List<Item> list = new ArrayList<>();
                    for (Node i : c.get("items").list()) {
                        String iid = id(i.get("id"));
                        if (!items.add(iid)) {
                            throw new PackException(i.get("id").where() + ": item '" + iid + "' is given twice");
                        }
                        List<String> groups = new ArrayList<>();
                        if (i.find("options").isPresent()) {
                            for (Node g : i.get("options").list()) {
                                if (!options.containsKey(g.text())) {
                                    throw new PackException(g.where() + ": no option group '" + g.text() + "' (known: "
                                            + String.join(", ", options.keySet()) + ")");
                                }
                                groups.add(g.text());
                            }
                        }
                        list.add(new Item(iid, LessonFile.words(i.get("label")), picture(i, files), price(i), groups));
                    }
                    if (list.isEmpty()) {
                        throw new PackException(c.get("items").where() + ": a tab needs at least one item");
                    }
                    categories.add(new Category(id(c.get("id")), LessonFile.words(c.get("label")), list));
                }
                if (categories.isEmpty()) {
                    throw new PackException(s.get("categories").where() + ": a menu needs at least one tab");
                }
                return new ScenarioScreen.Menu(id, title, categories, s.get("next").text());
            }
            case "cart" -> {
                return new ScenarioScreen.Cart(id, title, s.get("next").text());
            }
            case "quantity" -> {
                int min = number(s.find("min"), 1, 0, 99);
                int max = number(s.find("max"), 9, min, 99);
                return new ScenarioScreen.Quantity(id, title, id(s.get("key")), LessonFile.words(s.get("label")), min, max, s.get("next").text());
            }
            case "digits" -> {
                return new ScenarioScreen.Digits(id, title, id(s.get("key")), LessonFile.words(s.get("label")),
                        number(Optional.of(s.get("length")), 4, 1, 13), s.map().containsKey("secret") && "true".equals(s.get("secret").value()),
                        s.get("next").text());
            }
            case "pay" -> {
                List<PayMethod> methods = new ArrayList<>();
                for (Node m : s.get("methods").list()) {
                    String way = m.text();
                    methods.add(PayMethod.of(way).orElseThrow(() -> new PackException(m.where() + ": no way to pay '" + way
                            + "' (card, qr or cash)")));
                }
                return new ScenarioScreen.Pay(id, title, methods, s.get("next").text());
            }
            case "confirm" -> {
                return new ScenarioScreen.Confirm(id, title, s.get("next").text());
            }
            case "receipt" -> {
                Optional<Localized> number = s.find("number").isPresent() ? Optional.of(LessonFile.words(s.get("number"))) : Optional.empty();
                return new ScenarioScreen.Receipt(id, title, number);
            }
            default -> throw new PackException(s.get("widget").where() + ": no widget '" + widget
                    + "' (choice, menu, cart, quantity, digits, pay, confirm, receipt)");
        }
    }

    private List<Pick> picks(Node list, Pack.Files files, boolean mayLead) throws PackException {
        List<Pick> picks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node p : list.list()) {
            String pid = id(p.get("id"));
            if (!ids.add(pid)) {
                throw new PackException(p.get("id").where() + ": '" + pid + "' is given twice");
            }
            Optional<String> next = Optional.empty();
            if (p.find("next").isPresent()) {
                if (!mayLead) {
                    throw new PackException(p.get("next").where() + ": an option does not lead to a screen");
                }
                next = Optional.of(p.get("next").text());
            }
            picks.add(new Pick(pid, LessonFile.words(p.get("label")), picture(p, files), price(p), next));
        }
        if (picks.isEmpty()) {
            throw new PackException(list.where() + ": at least one to pick is needed");
        }
        return picks;
    }

    private static int price(Node n) throws PackException {
        return number(n.find("price"), 0, 0, 10_000_000);
    }

    private static int number(Optional<Node> n, int otherwise, int min, int max) throws PackException {
        if (n.isEmpty()) {
            return otherwise;
        }
        String text = n.get().text();
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                throw new PackException(n.get().where() + ": " + v + " is not between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new PackException(n.get().where() + ": '" + text + "' is not a whole number");
        }
    }

    private Optional<String> picture(Node n, Pack.Files files) throws PackException {
        return n.find("picture").isEmpty() ? Optional.empty() : Optional.of(pictureAt(n.get("picture"), files));
    }

    private String pictureAt(Node p, Pack.Files files) throws PackException {
        String file = p.text();
        URL url = files.find(file).orElseThrow(() -> new PackException(p.where() + ": no picture '" + file + "' in the pack's folder"));
        if (!readable(file, url)) {
            throw new PackException(p.where() + ": picture '" + file + "' cannot be read (an SVG or PNG file is needed)");
        }
        return file;
    }

    private static boolean readable(String file, URL url) {
        try {
            if (file.endsWith(".svg")) {
                return new com.github.weisj.jsvg.parser.SVGLoader().load(url) != null;
            }
            if (file.endsWith(".png")) {
                return javax.imageio.ImageIO.read(url) != null;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Look look(Node l, Pack.Files files) throws PackException {
        String logo = pictureAt(l.get("logo"), files);
        int background = colour(l.get("background"));
        int panel = colour(l.get("panel"));
        int accent = colour(l.get("accent"));
        int onAccent = colour(l.get("onAccent"));
        int text = colour(l.get("text"));
        readable(l.get("text"), text, background, "the page ('background')");
        readable(l.get("text"), text, panel, "the cards ('panel')");
        readable(l.get("onAccent"), onAccent, accent, "the buttons ('accent')");
        return new Look(LessonFile.words(l.get("name")), logo, background, panel, accent, onAccent, text);
    }

    private static void readable(Node where, int ink, int paper, String on) throws PackException {
        double ratio = Look.contrast(ink, paper);
        if (ratio < MIN_CONTRAST) {
            throw new PackException(String.format("%s: this colour on %s has contrast %.1f:1; at least %.1f:1 is needed to be read",
                    where.where(), on, ratio, MIN_CONTRAST));
        }
    }

    private static int colour(Node n) throws PackException {
        String text = n.text().strip();
        if (!COLOUR.matcher(text).matches()) {
            throw new PackException(n.where() + ": '" + text + "' is not a colour (write it as #RRGGBB, e.g. \"#C8102E\", in quotes)");
        }
        return Integer.parseInt(text.substring(1), 16);
    }

    private static String id(Node n) throws PackException {
        String text = n.text();
        if (!ID.matcher(text).matches()) {
            throw new PackException(n.where() + ": '" + text + "' is not a name (small letters, digits and '-', e.g. take-out)");
        }
        return text;
    }
}
