package dev.deltascope.derivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deltascope.model.Network;
import dev.deltascope.model.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's notation table against the code: every grid any step or view of any test network
 * shows has a row whose symbol, at some layer, is the grid's name; the row's shape, worked out with
 * the network's sizes, is the grid's shape and the shape the symbol guide states for it (an
 * operator's entry that only points at the grid, such as one weight w_{jk}, states none); every row is
 * used; and every row counts its entries from 1.
 */
class NotationTableTest {

    /** One row of the table: symbol, meaning, shape ("n_l × n_(l−1)"), entries. */
    private record Row(String symbol, String shape, String entries) {
    }

    private static List<Row> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| symbol | what it is | shape | entries |");
        assertTrue(header >= 0, "README.md has the notation table");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            rows.add(new Row(cells[1].strip(), cells[3].strip(), cells[4].strip()));
        }
        return rows;
    }

    @Test
    void everyGridOfEveryNetworkIsInTheReadmeTableWithItsShape() throws IOException {
        List<Row> table = table();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, Network> named : SymbolGuideNetworks.all().entrySet()) {
            Network network = named.getValue();
            for (Step step : DerivationBuilder.build(Trace.of(network), NumberStyle.DEFAULT).steps()) {
                List<ViewKind> kinds = step.views().isEmpty() ? List.of(ViewKind.VJP)
                        : step.views().stream().map(View::kind).toList();
                for (ViewKind kind : kinds) {
                    for (SymbolEntry entry : SymbolGuide.entries(network, step, kind)) {
                        if (entry.matrix() != null) {
                            String where = named.getKey() + ", step " + (step.index() + 1) + ", " + kind;
                            used.add(check(table, network, entry, where));
                        }
                    }
                }
            }
        }
        for (Row row : table) {
            assertTrue(used.contains(row.symbol()), "the README lists " + row.symbol() + ", which no network shows");
        }
    }

    @Test
    void everyRowCountsItsEntriesFromOne() throws IOException {
        for (Row row : table()) {
            assertTrue(row.entries().equals("—") || row.entries().contains("= 1..") || row.entries().contains("(j, j) = 1.."),
                    row.symbol() + ": " + row.entries());
            assertTrue(!row.entries().contains("0.."), row.symbol() + " counts from 0: " + row.entries());
        }
    }

    /** The row that names the entry's matrix; its symbol. */
    private static String check(List<Row> table, Network network, SymbolEntry entry, String where) {
        NamedMatrix matrix = entry.matrix();
        for (Row row : table) {
            for (int l = 0; l <= network.depth(); l++) {
                if (at(row.symbol(), l, network.depth()).equals(matrix.name())) {
                    String shape = shape(row.shape(), l, network);
                    assertEquals(shape, matrix.values().shape().replace("×", " × ").replace("  ", " "),
                            where + ": " + matrix.name() + " has the README's shape " + row.shape());
                    boolean statesAShape = entry.meaning().matches(".*\\d+×\\d+.*");
                    assertTrue(!statesAShape || entry.meaning().contains(shape.replace(" × ", "×")),
                            where + ": the symbol guide states " + matrix.name() + "'s shape " + shape + ": "
                                    + entry.meaning());
                    return row.symbol();
                }
            }
        }
        throw new AssertionError(where + ": " + matrix.name() + " is not in the README's notation table");
    }

    /** The row's symbol at layer l: ⁽ˡ⁾, ⁽ˡ⁺¹⁾ and ⁽ᴸ⁾ written out. */
    private static String at(String symbol, int l, int depth) {
        return symbol.replace("⁽ˡ⁺¹⁾", LayerIndex.plain(l + 1)).replace("⁽ˡ⁾", LayerIndex.plain(l))
                .replace("⁽ᴸ⁾", LayerIndex.plain(depth));
    }

    /** "n_l × n_(l−1)" worked out at layer l: "3 × 2". */
    private static String shape(String shape, int l, Network network) {
        String[] sides = shape.split(" × ");
        return size(sides[0], l, network) + " × " + size(sides[1], l, network);
    }

    private static int size(String side, int l, Network network) {
        return switch (side) {
            case "1" -> 1;
            case "m" -> network.batchSize();
            case "n_l" -> network.size(l);
            case "n_(l−1)" -> network.size(l - 1);
            case "n_(l+1)" -> network.size(l + 1);
            case "n_L" -> network.size(network.depth());
            default -> throw new AssertionError("README shape " + side + " is not one the test knows");
        };
    }
}
