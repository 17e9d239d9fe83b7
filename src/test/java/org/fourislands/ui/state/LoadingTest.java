package org.fourislands.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-up's loads run one after the other, in the order asked, on one thread that is not the caller's. */
class LoadingTest {

    @Test
    void loadsRunInTurnOnOneThread() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        for (String load : List.of("dataset", "coastlines", "another dataset")) {
            Loading.submit(() -> {
                ran.add(load + " on " + Thread.currentThread().getName());
                sleepBriefly();
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("dataset on loader", "coastlines on loader", "another dataset on loader");
        assertThat(Thread.currentThread().getName()).isNotEqualTo("loader");
    }

    /** Long enough that a second thread, if there were one, would start the next load meanwhile. */
    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
