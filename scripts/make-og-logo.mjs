// Draws src/assets/og-logo.png, the brand strip at the top of every social card: the site's mark (the
// favicon, redrawn) and the site name in DejaVu Sans Bold. Run it again only when the name or mark changes:
//   node_modules/.bin/node scripts/make-og-logo.mjs
// It uses canvaskit-wasm, which astro-og-canvas installs, and the fonts of dejavu-fonts-ttf.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: init } = await import('canvaskit-wasm/full');
const CanvasKit = await init({ locateFile: (file) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
const font = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const fontMgr = CanvasKit.FontMgr.FromData(font);

const NAME = 'Tune or Prompt';
const MARK = 72; // the mark is a 32-unit square, drawn at this size
const GAP = 22;
const HEIGHT = MARK;
const ACCENT = CanvasKit.Color(11, 92, 173);
const INK = CanvasKit.Color(27, 36, 48);

const style = new CanvasKit.ParagraphStyle({
  textStyle: { color: INK, fontFamilies: ['DejaVu Sans'], fontSize: 40, fontStyle: { weight: CanvasKit.FontWeight.Bold } },
});
const builder = CanvasKit.ParagraphBuilder.Make(style, fontMgr);
builder.addText(NAME);
const paragraph = builder.build();
paragraph.layout(1000);
const WIDTH = MARK + GAP + Math.ceil(paragraph.getMaxIntrinsicWidth()) + 2;
paragraph.layout(WIDTH - MARK - GAP);

const surface = CanvasKit.MakeSurface(WIDTH, HEIGHT);
const canvas = surface.getCanvas();
canvas.clear(CanvasKit.TRANSPARENT);
const s = MARK / 32;

const fill = new CanvasKit.Paint();
fill.setAntiAlias(true);
fill.setColor(ACCENT);
canvas.drawRRect(CanvasKit.RRectXY(CanvasKit.XYWHRect(0, 0, MARK, MARK), 7 * s, 7 * s), fill);

const white = new CanvasKit.Paint();
white.setAntiAlias(true);
white.setColor(CanvasKit.WHITE);
const stroke = white.copy();
stroke.setStyle(CanvasKit.PaintStyle.Stroke);
stroke.setStrokeWidth(3 * s);
const chevron = new CanvasKit.PathBuilder().moveTo(8 * s, 22 * s).lineTo(16 * s, 8 * s).lineTo(24 * s, 22 * s).detachAndDelete();
canvas.drawPath(chevron, stroke);
canvas.drawCircle(16 * s, 20 * s, 2.5 * s, white);

canvas.drawParagraph(paragraph, MARK + GAP, (HEIGHT - paragraph.getHeight()) / 2);

const png = surface.makeImageSnapshot().encodeToBytes(CanvasKit.ImageFormat.PNG, 100);
if (!png) throw new Error('PNG encoding failed');
const out = new URL('../src/assets/og-logo.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${WIDTH}×${HEIGHT}, ${png.length} bytes)`);
