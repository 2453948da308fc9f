/**
 * Chaord Atlas, a desktop atlas of cyber-treaty membership. {@link org.chaord.atlas.Main} runs the command line
 * ({@code cli}) when given arguments and the desktop app ({@code ui.app}) otherwise. The layers, from the bottom:
 * {@code model}, {@code data}, {@code geo}, {@code i18n}, {@code render}, {@code export}, then {@code ui} and
 * {@code cli}; {@code ArchitectureTest} enforces them (see docs/architecture.md).
 */
package org.chaord.atlas;
