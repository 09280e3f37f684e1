/**
 * The look: AtlantaFX's flat Primer themes (light and dark) as the user-agent stylesheet, the
 * workbench's own CSS on top (all colours and fonts live in CSS, switched by the {@code .dark}
 * root class), the window icons from the project's {@code icons/} folder and Feather glyphs for
 * buttons and menus.
 */
package org.raspworkbench.ui.theme;
