/**
 * Draws an image layout (`imageLayout` in #lib/share) on a canvas and gives it as a PNG file,
 * all in the browser: no request leaves the page. Text wraps at the margins with the canvas's
 * own measurements.
 */
import type { ImageLayout } from '#lib/share/index.ts';

const FONT =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', sans-serif";
const COLOURS = { bg: '#ffffff', fg: '#16202c', muted: '#4a5563', track: '#e6e9ee' };

/** `text` in lines no wider than `width` (a word wider than that gets a line of its own). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line === '' ? word : `${line} ${word}`;
		if (line !== '' && context.measureText(next).width > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** The layout drawn on a new canvas. */
export function paint(layout: ImageLayout): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.width = layout.width;
	canvas.height = layout.height;
	const context = canvas.getContext('2d');
	if (context === null) throw new Error('No 2D canvas');
	const inner = layout.width - 2 * layout.margin;
	const x = layout.margin;
	context.fillStyle = COLOURS.bg;
	context.fillRect(0, 0, layout.width, layout.height);
	context.textBaseline = 'top';
	let y = layout.top;
	for (const block of layout.blocks) {
		if (block.kind === 'text') {
			context.font = `${block.weight} ${block.size}px ${FONT}`;
			context.fillStyle = block.muted ? COLOURS.muted : COLOURS.fg;
			for (const line of wrap(context, block.text, inner)) {
				context.fillText(line, x, y);
				y += block.size * 1.25;
			}
			y += block.gap;
			continue;
		}
		context.font = `700 ${block.size}px ${FONT}`;
		context.fillStyle = COLOURS.fg;
		context.textAlign = 'left';
		context.fillText(block.label, x, y, inner * 0.6);
		context.font = `400 ${block.size}px ${FONT}`;
		context.textAlign = 'right';
		context.fillText(block.value, x + inner, y, inner * 0.4);
		context.textAlign = 'left';
		y += block.size * 1.3;
		context.fillStyle = COLOURS.track;
		context.fillRect(x, y, inner, block.size * 0.7);
		context.fillStyle = block.colour;
		context.fillRect(x, y, inner * block.fraction, block.size * 0.7);
		y += block.size * 0.7 + block.gap;
	}
	context.font = `400 32px ${FONT}`;
	context.fillStyle = COLOURS.muted;
	context.textBaseline = 'bottom';
	context.fillText(layout.footer, x, layout.height - layout.margin, inner);
	return canvas;
}

/** The canvas as a PNG file, or null when the browser cannot make one. */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob | null> {
	return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** Saves `blob` as `fileName` through a link the page clicks (a `blob:` address, on the device). */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: the download reads the address after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
