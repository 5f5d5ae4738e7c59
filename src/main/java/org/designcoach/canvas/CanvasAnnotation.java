package org.designcoach.canvas;

/**
 * A numbered remark on one component of a drawn design, such as a mentor's review comment. The canvas
 * puts the number on the component and shows the text as text, never as HTML.
 */
public record CanvasAnnotation(String componentId, int number, String text) {
}
