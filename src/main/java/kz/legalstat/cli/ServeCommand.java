package kz.legalstat.cli;

import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;

@Command(name = "serve")
class ServeCommand implements CliCommand {

    @Override
    public boolean serves() {
        return true;
    }

    @Override
    public boolean json() {
        return false;
    }

    @Override
    public int run(ConfigurableApplicationContext context, Console console) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        console.say(console.text("cli.serve.started"));
        closed.await();
        return 0;
    }
}
