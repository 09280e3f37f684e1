package org.raspworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void theFirstWindowTakesEightyPercentOfThePrimaryScreenCentred() {
        WindowGeometry g = WindowPlacement.place(Optional.empty(), List.of(FULL_HD, RIGHT));
        assertThat(g).isEqualTo(new WindowGeometry(192, 108, 1536, 864, false));
    }

    @Test
    void aSmallScreenStillGetsTheMinimumLayoutButNeverMoreThanItself() {
        WindowGeometry g = WindowPlacement.place(Optional.empty(), List.of(new Rectangle2D(0, 0, 1024, 600)));
        assertThat(g.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(g.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
        WindowGeometry tiny = WindowPlacement.place(Optional.empty(), List.of(new Rectangle2D(0, 0, 800, 500)));
        assertThat(tiny.bounds()).isEqualTo(new Rectangle2D(0, 0, 800, 500));
    }

    @Test
    void aSavedWindowComesBackWhereItWasWithItsMaximisedFlag() {
        WindowGeometry saved = new WindowGeometry(2000, 100, 1000, 700, true);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(FULL_HD, RIGHT))).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsMovedOntoThePrimaryOne() {
        WindowGeometry saved = new WindowGeometry(2500, 300, 1000, 700, false);
        WindowGeometry g = WindowPlacement.place(Optional.of(saved), List.of(FULL_HD));
        assertThat(g.bounds()).isEqualTo(new Rectangle2D(920, 300, 1000, 700));
    }

    @Test
    void aWindowHangingOffTheTopOrLargerThanTheScreenIsPulledInAndShrunk() {
        WindowGeometry above = WindowPlacement.place(Optional.of(new WindowGeometry(100, -400, 800, 600, false)),
                List.of(FULL_HD));
        assertThat(above.bounds()).isEqualTo(new Rectangle2D(100, 0, 800, 600));
        WindowGeometry huge = WindowPlacement.place(Optional.of(new WindowGeometry(-50, 10, 4000, 3000, false)),
                List.of(FULL_HD));
        assertThat(huge.bounds()).isEqualTo(FULL_HD);
    }
}
