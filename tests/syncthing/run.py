#!/usr/bin/env python3
"""Two Eshkol databases sharing one department through two real Syncthing instances.

Runs only inside a network namespace of its own, where nothing but loopback exists, so no
packet can leave the machine even by mistake: `unshare -n python3 tests/syncthing/run.py`
(as root; `scripts/test` does this). Each Syncthing's configuration is written before its
first start with discovery, relays, NAT traversal, usage and crash reporting and upgrades
off, listening on 127.0.0.1 only. The laptops are Eshkol's core, driven by
`core/examples/laptop.rs`. Checks: the whole department arrives on a joining laptop, a visit
logged on one laptop appears on the other, a same-field conflict is listed on both. Prints
the time from a write on one laptop to its arrival on the other. Every process it starts is
stopped by its id.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LAPTOP = os.environ.get("ESHKOL_LAPTOP", os.path.join(ROOT, "target", "debug", "examples", "laptop"))
WAIT = 60.0
started = []


def fail(message):
    print(f"syncthing test: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def only_loopback():
    """Refuse to run anywhere a packet could leave: the namespace must have nothing but lo."""
    links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True, check=True).stdout
    names = [line.split(":")[1].strip().split("@")[0] for line in links.strip().splitlines()]
    if names != ["lo"]:
        fail(f"run me inside `unshare -n` (network interfaces here: {names})")
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)


def set_option(options, name, value):
    node = options.find(name)
    if node is None:
        node = ET.SubElement(options, name)
    node.text = value


def generate(home):
    out = subprocess.run(
        ["syncthing", "generate", "--no-default-folder", "--skip-port-probing", "--home", home],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True,
    ).stdout
    for line in out.splitlines():
        if "Device ID:" in line:
            return line.split("Device ID:")[1].strip()
    fail(f"no device id from syncthing generate: {out}")


def configure(home, me, peer, peer_port, port, gui_port, folder):
    path = os.path.join(home, "config.xml")
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    for name, value in [
        ("listenAddress", f"tcp://127.0.0.1:{port}"),
        ("globalAnnounceEnabled", "false"),
        ("localAnnounceEnabled", "false"),
        ("relaysEnabled", "false"),
        ("natEnabled", "false"),
        ("urAccepted", "-1"),
        ("urSeen", "3"),
        ("autoUpgradeIntervalH", "0"),
        ("crashReportingEnabled", "false"),
        ("startBrowser", "false"),
    ]:
        set_option(options, name, value)
    root.find("gui").find("address").text = f"127.0.0.1:{gui_port}"
    device = ET.SubElement(root, "device", id=peer, name="peer", compression="metadata",
                           introducer="false", skipIntroductionRemovals="false", introducedBy="")
    ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer_port}"
    shared = ET.SubElement(root, "folder", id="eshkol", label="eshkol", path=folder, type="sendreceive",
                           rescanIntervalS="60", fsWatcherEnabled="true", fsWatcherDelayS="1",
                           ignorePerms="false", autoNormalize="true")
    ET.SubElement(shared, "filesystemType").text = "basic"
    for d in (me, peer):
        ET.SubElement(shared, "device", id=d, introducedBy="")
    tree.write(path)
    os.makedirs(os.path.join(folder, ".stfolder"), exist_ok=True)


def start(home, log):
    env = dict(os.environ, STNODEFAULTFOLDER="1", STNOUPGRADE="1", HOME=home)
    process = subprocess.Popen(
        ["syncthing", "serve", "--no-restart", "--no-browser", "--home", home],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    started.append(process)


def stop_all():
    for process in started:
        if process.poll() is None:
            process.terminate()
    for process in started:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def laptop(db, *args):
    out = subprocess.run([LAPTOP, db, *args], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"laptop {' '.join(args)}: {out.stderr.strip()}")
    text = out.stdout.strip()
    return json.loads(text) if text else None


def until(what, check):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    fail(f"waited {WAIT:.0f} s for {what}")


def main():
    only_loopback()
    if shutil.which("syncthing") is None:
        fail("syncthing is not installed (Debian: apt-get install syncthing)")
    work = tempfile.mkdtemp(prefix="eshkol-syncthing-")
    try:
        homes = [os.path.join(work, n) for n in ("st-a", "st-b")]
        folders = [os.path.join(work, n) for n in ("shared-a", "shared-b")]
        for f in folders:
            os.makedirs(f)
        ids = [generate(h) for h in homes]
        configure(homes[0], ids[0], ids[1], 22002, 22001, 28001, folders[0])
        configure(homes[1], ids[1], ids[0], 22001, 22002, 28002, folders[1])
        logs = [open(os.path.join(work, f"{n}.log"), "w") for n in ("a", "b")]
        for home, log in zip(homes, logs):
            start(home, log)

        a, b = os.path.join(work, "a.sqlite3"), os.path.join(work, "b.sqlite3")
        join = os.path.join(work, "department.eshkol-join")
        laptop(a, "create", folders[0], "המחשב של מיכל", join, "--sample")
        # The join file goes by hand; the department's files arrive through Syncthing.
        until("the first laptop's files on the second", lambda: any(
            name.endswith(".eshkol") for _, _, files in os.walk(folders[1]) for name in files))
        got = laptop(b, "join", folders[1], join, "המחשב של רוני")
        if got["changes"] < 100:
            fail(f"the department did not arrive whole: {got}")

        latencies = []
        for i in range(5):
            summary = f"ביקור {i} דרך Syncthing"
            laptop(a, "log-visit", first_settlement(a), summary)
            laptop(a, "sync")
            began = time.monotonic()

            def arrived():
                laptop(b, "sync")
                return summary in laptop(b, "show")["visits"]

            until(f"visit {i} on the second laptop", arrived)
            latencies.append(time.monotonic() - began)

        # Both rename one cluster before seeing each other's change: both list the conflict.
        cluster = laptop(a, "show")["clusters"][0]
        laptop(a, "rename-cluster", cluster, "אשכול מהמחשב של מיכל")
        laptop(b, "rename-cluster", cluster, "אשכול מהמחשב של רוני")
        laptop(a, "sync")
        laptop(b, "sync")

        def listed(db):
            def check():
                laptop(db, "sync")
                return len(laptop(db, "show")["conflicts"]) == 1
            return check

        until("the conflict on the first laptop", listed(a))
        until("the conflict on the second laptop", listed(b))
        if laptop(a, "show")["conflicts"] != laptop(b, "show")["conflicts"]:
            fail("the two laptops list different conflicts")
        if laptop(a, "show")["clusters"] != laptop(b, "show")["clusters"]:
            fail("the two laptops show different clusters")

        print("syncthing test: ok: the department joined, visits and a conflict crossed through two Syncthing instances")
        print(f"write → arrival through Syncthing (fsWatcherDelayS=1), 5 visits: median {statistics.median(latencies):.2f} s, "
              f"min {min(latencies):.2f} s, max {max(latencies):.2f} s")
    finally:
        stop_all()
        shutil.rmtree(work, ignore_errors=True)


def first_settlement(db):
    import sqlite3
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT name FROM settlements WHERE archived_at IS NULL ORDER BY name LIMIT 1").fetchone()[0]


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        stop_all()
        raise
