# logging: basicConfig, module-level functions, the last-resort handler.
import logging
import sys

# No handlers anywhere: warnings and above go to stderr as the bare message.
log = logging.getLogger("app")
log.info("not shown")
log.warning("last resort %s", "warning")
log.error("last resort error")
print("root handlers:", logging.root.handlers)

# A module-level call configures the root logger (stderr, BASIC_FORMAT).
logging.warning("configured by %s", "warning()")
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
print(logging.root.handlers[0].formatter._fmt)
log.warning("through root's handler")
logging.info("info is below WARNING")

# A second basicConfig without force does nothing.
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
print(len(logging.root.handlers), logging.root.level)

# force=True replaces the handlers.
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True,
                    format="%(levelname)-8s %(name)s | %(message)s")
print(len(logging.root.handlers), logging.getLevelName(logging.root.level))
logging.debug("debug %d", 1)
logging.info("info %d", 2)
logging.warning("warning %d", 3)
logging.error("error %d", 4)
logging.critical("critical %d", 5)
logging.fatal("fatal %d", 6)
logging.log(25, "level %d", 25)
logging.log(logging.INFO, "log at INFO")
log.info("child logger propagates")
logging.getLogger("app.db").debug("grandchild %s", "too")

# style and level given as a name
logging.basicConfig(stream=sys.stdout, force=True, style="{",
                    format="{levelname}/{name}: {message}", level="INFO")
logging.debug("hidden")
logging.info("brace style")
logging.basicConfig(stream=sys.stdout, force=True, style="$",
                    format="$levelname ${name}: $message")
logging.warning("dollar style")

# handlers= with a formatter already set keeps it
h1 = logging.StreamHandler(sys.stdout)
h1.setFormatter(logging.Formatter("H1 %(message)s"))
h2 = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[h1, h2], force=True, format="H2 %(message)s")
logging.warning("two handlers")
print(logging.root.handlers == [h1, h2])

# basicConfig errors
for kw in [dict(stream=sys.stdout, filename="x.log"),
           dict(handlers=[h1], stream=sys.stdout),
           dict(handlers=[h1], filename="x.log"),
           dict(style="%%"),
           dict(format="no fields"),
           dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **kw)
        print("no error for", sorted(kw))
    except ValueError as e:
        print("ValueError:", e)
print(len(logging.root.handlers))

# With no handlers on root and lastResort removed: the one-time message.
for h in logging.root.handlers[:]:
    logging.root.removeHandler(h)
saved = logging.lastResort
logging.lastResort = None
logging.getLogger("quiet").error("goes nowhere")
logging.getLogger("quiet").error("twice")
logging.lastResort = saved
logging.getLogger("quiet").warning("last resort again")
print(repr(logging.lastResort))
print("done")
