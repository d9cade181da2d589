/**
 * Sharing a result: the share code (the answers in a link's fragment). Pure.
 *
 * @module
 */
export { SHARE_FORMAT, decodeShare, encodeShare, shareCodeLength } from './code.ts';
export type { Decoded, ShareError } from './code.ts';
export {
	NO_LAYOUTS,
	currentLayout,
	layoutIssues,
	layoutTag,
	missingLayouts,
	withCurrentLayouts
} from './layouts.ts';
export type { ShareLayout, ShareLayouts } from './layouts.ts';
export { ownAnswers } from './own.ts';
export { IMAGE_FORMATS, IMAGE_FORMAT_NAMES, imageLayout } from './image.ts';
export type { ImageBlock, ImageFormat, ImageLayout, ImageText } from './image.ts';
