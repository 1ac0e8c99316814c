package dev.deltascope.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppIconTest {

    @ParameterizedTest
    @CsvSource({"icon.png, 256", "icon-48.png, 48"})
    void theWindowIconIsASquareImageOfItsSizeAndTheSameAsInAssets(String name, int size) throws IOException {
        byte[] resource;
        try (InputStream in = DeltascopeApp.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the class path");
            resource = in.readAllBytes();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(resource));
        assertEquals(size, image.getWidth(), name);
        assertEquals(size, image.getHeight(), name);
        assertEquals(0, image.getRGB(0, 0) >>> 24, name + ": the corner outside the rounded square is transparent");
        assertArrayEquals(Files.readAllBytes(Path.of("assets", name)), resource, name + " differs from assets/");
    }
}
