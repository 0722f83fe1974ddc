#!/usr/bin/env python3
"""Remakes the README's screenshots of the seeds' report (docs/*.png).

    cargo run --release -- report && python3 docs/screenshots.py

Drives headless Chromium over the DevTools pipe (fd 3 in, fd 4 out), as the browser
test does, so that a highlight can have the keyboard focus when the picture is taken.
Standard library only.
"""
import base64, fcntl, json, os, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SITE = ROOT / "report"
SHOTS = [
    # (file, page, the attribution to focus, width, height, phone); close_fds=False below
    # because subprocess closes every descriptor but 0-2 after preexec_fn has placed 3 and 4
    ("report-document.png", "docs/003_65ed1d00470dc92a.html", "q-we-are-both-dragon-energy-he", 1000, 1000, False),
    ("report-index.png", "index.html", None, 1000, 1000, False),
    ("report-phone.png", "claims/c-i-dont-think-were-less-friends.html", None, 390, 844, True),
]


class Browser:
    def __init__(self):
        self.profile = tempfile.TemporaryDirectory()
        cmd_r, self.cmd_w = os.pipe()
        self.reply_r, reply_w = os.pipe()

        def child():
            a, b = fcntl.fcntl(cmd_r, fcntl.F_DUPFD, 10), fcntl.fcntl(reply_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--remote-debugging-pipe", f"--user-data-dir={self.profile.name}"]
        self.proc = subprocess.Popen(["chromium", *flags, "about:blank"], preexec_fn=child, close_fds=False,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(reply_w)
        self.reader = os.fdopen(self.reply_r, "rb")
        self.next_id, self.buf, self.events = 0, b"", []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Emulation.setFocusEmulationEnabled", {"enabled": True}, session=True)

    def message(self):
        while b"\0" not in self.buf:
            chunk = self.reader.read1(65536)
            if not chunk:
                sys.exit("chromium exited")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self.message()
            if m.get("id") == self.next_id:
                if "error" in m:
                    sys.exit(f"{method}: {m['error']}")
                return m["result"]
            self.events.append(m)

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self.message())


def main():
    b = Browser()
    for name, page, focus, width, height, phone in SHOTS:
        b.call("Emulation.setDeviceMetricsOverride",
               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone}, session=True)
        b.open((SITE / page).as_uri())
        if focus:
            b.call("Runtime.evaluate", {"expression": f"""(() => {{ const el = document.getElementById({json.dumps(focus)});
                el.scrollIntoView({{block: 'center'}}); el.focus(); }})()"""}, session=True)
        shot = b.call("Page.captureScreenshot", {"format": "png"}, session=True)
        (ROOT / "docs" / name).write_bytes(base64.b64decode(shot["data"]))
        print("wrote", ROOT / "docs" / name)
    b.proc.kill()
    b.proc.wait()


if __name__ == "__main__":
    main()
