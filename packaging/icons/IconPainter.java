import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.EqualAreaProjection;
import org.fourislands.core.geo.LandPolygon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints the application icon: the four islands' silhouettes, from the app's own coastline
 * (GSHHG) in the app's own equal-area projection, light on a sea-coloured rounded square.
 * Run by packaging/icons/make-icons with the app's classes on the class path; writes
 * four-islands-SIZE.png for each size into the folder given. The same JDK paints the same bytes.
 */
public final class IconPainter {

    /** The sizes the Linux desktop, Windows' .ico and macOS' .icns ask for. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    /** The disputed islands, as the dataset's islands with the role "disputed" (the Habomai islets included). */
    static final Set<String> FOUR_ISLANDS = Set.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai",
            "shibotsu-zelyony", "suisho-tanfilyev", "taraku-polonsky", "yuri", "akiyuri-anuchina", "harukari-demina");

    // One neutral land colour: the icon takes no side, so no island wears a state's colour.
    static final Color LAND = new Color(0xF7, 0xEF, 0xDA);
    static final Color COAST = new Color(0xC9, 0xB2, 0x7C);
    static final Color SEA_LIGHT = new Color(0x2E, 0x86, 0xC1);
    static final Color SEA_DEEP = new Color(0x15, 0x4F, 0x7C);
    static final Color GRATICULE = new Color(255, 255, 255, 40);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        EqualAreaProjection projection = new EqualAreaProjection();
        List<Polygon> islands = BaseMap.loadBundledFullDetailOnly(projection).polygons().stream()
                .filter(p -> p.islandId() != null && FOUR_ISLANDS.contains(p.islandId()))
                .map(LandPolygon::projected)
                .toList();
        for (int size : SIZES) {
            ImageIO.write(paint(size, islands, projection), "png", out.resolve("four-islands-" + size + ".png").toFile());
        }
    }

    static BufferedImage paint(int size, List<Polygon> islands, EqualAreaProjection projection) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

        // A transparent margin of 1/32 of the side from 32 px up; at 16 px every pixel counts.
        double inset = size >= 32 ? size / 32.0 : 0;
        double side = size - 2 * inset;
        Shape tile = new RoundRectangle2D.Double(inset, inset, side, side, side * 0.36, side * 0.36);
        g.setPaint(new GradientPaint((float) inset, (float) inset, SEA_LIGHT, (float) (inset + side), (float) (inset + side), SEA_DEEP));
        g.fill(tile);
        g.clip(tile);

        // The islands' extent, centred, filling 84 % of the tile: the chain runs corner to corner.
        Envelope extent = new Envelope();
        islands.forEach(p -> extent.expandToInclude(p.getEnvelopeInternal()));
        double scale = side * 0.84 / Math.max(extent.getWidth(), extent.getHeight());
        AffineTransform toIcon = new AffineTransform();
        toIcon.translate(size / 2.0, size / 2.0);
        toIcon.scale(scale, -scale);  // north up: projected y grows northwards, image y downwards
        toIcon.translate(-extent.centre().x, -extent.centre().y);

        if (size >= 128) {
            g.setColor(GRATICULE);
            g.setStroke(new BasicStroke((float) (size / 256.0)));
            for (int lon = 144; lon <= 150; lon++) {
                g.draw(toIcon.createTransformedShape(meridian(lon, projection)));
            }
            for (int lat = 42; lat <= 47; lat++) {
                g.draw(toIcon.createTransformedShape(parallel(lat, projection)));
            }
        }

        Path2D land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Polygon island : islands) {
            land.append(ring(island.getExteriorRing()), false);
            for (int h = 0; h < island.getNumInteriorRing(); h++) {
                land.append(ring(island.getInteriorRingN(h)), false);
            }
        }
        Shape onIcon = toIcon.createTransformedShape(land);
        g.setColor(LAND);
        g.fill(onIcon);
        // Islands a few kilometres wide are under a pixel at small sizes: a stroke of the land's
        // colour makes them bold enough to read, thin enough to keep the straits open. From
        // 128 px up a darker coastline gives them an edge instead.
        if (size < 128) {
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(onIcon);
        } else {
            g.setColor(COAST);
            g.setStroke(new BasicStroke((float) (size / 256.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(onIcon);
        }
        g.dispose();
        return image;
    }

    private static Path2D ring(LineString ring) {
        Path2D path = new Path2D.Double();
        Coordinate[] coordinates = ring.getCoordinates();
        path.moveTo(coordinates[0].x, coordinates[0].y);
        for (int i = 1; i < coordinates.length; i++) {
            path.lineTo(coordinates[i].x, coordinates[i].y);
        }
        path.closePath();
        return path;
    }

    private static Path2D meridian(double lon, EqualAreaProjection projection) {
        Path2D path = new Path2D.Double();
        double[] xy = new double[2];
        for (double lat = 41; lat <= 48; lat += 0.25) {
            projection.project(lon, lat, xy);
            if (lat == 41) {
                path.moveTo(xy[0], xy[1]);
            } else {
                path.lineTo(xy[0], xy[1]);
            }
        }
        return path;
    }

    private static Path2D parallel(double lat, EqualAreaProjection projection) {
        Path2D path = new Path2D.Double();
        double[] xy = new double[2];
        for (double lon = 143; lon <= 151; lon += 0.25) {
            projection.project(lon, lat, xy);
            if (lon == 143) {
                path.moveTo(xy[0], xy[1]);
            } else {
                path.lineTo(xy[0], xy[1]);
            }
        }
        return path;
    }
}
