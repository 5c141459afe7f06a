"""Draw the stretch pictures (crampwise/knowledge/data/stretches/*.svg) from joint angles.

Every figure is built from the same skeleton (fixed segment lengths, angles per pose), so the 22
pictures share one style: rounded limbs, the limbs on the far side lighter, the stretched muscle in
red, a blue arrow for the direction of the stretch, and the floor, wall or furniture in grey/wood.
Title and description come from ``stretches.toml`` so the picture and the text cannot drift.

Run: ``.venv/bin/python scripts/draw_stretches.py [OUT_DIR]`` (rewrites every SVG; commit them).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crampwise.knowledge.stretches import load_stretches  # noqa: E402

OUT = ROOT / "crampwise" / "knowledge" / "data" / "stretches"
W, H = 240, 200
NEAR, FAR, SKIN = "#1f2937", "#9ca3af", "#1f2937"
HIGHLIGHT, ARROW, GROUND, WOOD, TOWEL = "#dc2626", "#2563eb", "#94a3b8", "#b45309", "#0d9488"
LENGTHS = {"torso": 60.0, "head": 14.0, "upper": 30.0, "fore": 27.0, "hand": 10.0,
           "thigh": 44.0, "shin": 42.0, "foot": 15.0}
HEAD_R = 11.0

Point = tuple[float, float]
Ref = Point | tuple[str, float, float]


def step(p: Point, angle: float, length: float) -> Point:
    """The point ``length`` away from ``p`` at ``angle`` degrees (0 = right, 90 = down)."""
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


@dataclass
class Pose:
    """Angles of one figure; ``view`` is 'side' (facing right) or 'front'."""

    hip: Point
    torso: float = -90.0
    head: float | None = None
    bend: float = 0.0  # bulge of the torso curve (positive = towards the back)
    near_arm: tuple[float, ...] = (90.0, 90.0)
    far_arm: tuple[float, ...] = (90.0, 90.0)
    near_leg: tuple[float, ...] = (90.0, 90.0, 0.0)
    far_leg: tuple[float, ...] = (90.0, 90.0, 0.0)
    view: str = "side"
    joints: dict[str, Point] = field(default_factory=dict)

    def solve(self) -> dict[str, Point]:
        """Forward kinematics: every joint position from the hip and the angles."""
        j: dict[str, Point] = {"hip": self.hip}
        j["neck"] = step(self.hip, self.torso, LENGTHS["torso"])
        j["head"] = step(j["neck"], self.torso if self.head is None else self.head,
                         LENGTHS["head"])
        j["belly"] = self._torso_point(0.5)
        if self.view == "front":
            j["sh_n"], j["sh_f"] = _off(j["neck"], 16, 7), _off(j["neck"], -16, 7)
            j["hip_n"], j["hip_f"] = _off(self.hip, 9, 0), _off(self.hip, -9, 0)
        else:
            j["sh_n"] = j["sh_f"] = self._torso_point(0.86)
            j["hip_n"] = j["hip_f"] = self.hip
        for side, arm, leg in (("n", self.near_arm, self.near_leg), ("f", self.far_arm,
                                                                     self.far_leg)):
            j[f"elbow_{side}"] = step(j[f"sh_{side}"], arm[0], LENGTHS["upper"])
            j[f"wrist_{side}"] = step(j[f"elbow_{side}"], arm[1], LENGTHS["fore"])
            j[f"fingers_{side}"] = step(j[f"wrist_{side}"], arm[2] if len(arm) > 2 else arm[1],
                                        LENGTHS["hand"])
            j[f"knee_{side}"] = step(j[f"hip_{side}"], leg[0], LENGTHS["thigh"])
            j[f"ankle_{side}"] = step(j[f"knee_{side}"], leg[1], LENGTHS["shin"])
            j[f"toe_{side}"] = step(j[f"ankle_{side}"], leg[2],
                                    LENGTHS["foot"] * (0.6 if self.view == "front" else 1))
        self.joints = j
        return j

    def _torso_point(self, t: float) -> Point:
        return _quad(*self.torso_curve(), t)

    def torso_curve(self) -> tuple[Point, Point, Point]:
        """Hip, control point and neck of the torso's quadratic curve."""
        neck = step(self.hip, self.torso, LENGTHS["torso"])
        mid = step(self.hip, self.torso, LENGTHS["torso"] / 2)
        control = step(mid, self.torso - 90, 2 * self.bend)
        return self.hip, control, neck


def _off(p: Point, dx: float, dy: float) -> Point:
    return (p[0] + dx, p[1] + dy)


def _quad(a: Point, c: Point, b: Point, t: float) -> Point:
    u = 1 - t
    return (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
            u * u * a[1] + 2 * u * t * c[1] + t * t * b[1])


def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _pt(p: Point) -> str:
    return f"{_f(p[0])},{_f(p[1])}"


def _line(a: Point, b: Point, colour: str, width: float, extra: str = "") -> str:
    return (f'<line x1="{_f(a[0])}" y1="{_f(a[1])}" x2="{_f(b[0])}" y2="{_f(b[1])}" '
            f'stroke="{colour}" stroke-width="{_f(width)}" stroke-linecap="round"{extra}/>')


def _poly(points: list[Point], colour: str, width: float, extra: str = "") -> str:
    return (f'<polyline points="{" ".join(_pt(p) for p in points)}" fill="none" '
            f'stroke="{colour}" stroke-width="{_f(width)}" stroke-linecap="round" '
            f'stroke-linejoin="round"{extra}/>')


def resolve(ref: Ref, joints: dict[str, Point]) -> Point:
    """An absolute point, or a joint name plus an offset."""
    if isinstance(ref[0], str):
        name, dx, dy = ref  # type: ignore[misc]
        return _off(joints[str(name)], float(dx), float(dy))
    return (float(ref[0]), float(ref[1]))  # type: ignore[arg-type]


SEGMENTS = {"upper": ("sh", "elbow"), "fore": ("elbow", "wrist"), "hand": ("wrist", "fingers"),
            "thigh": ("hip", "knee"), "shin": ("knee", "ankle"), "foot": ("ankle", "toe")}


def segment_points(pose: Pose, name: str, t0: float, t1: float, shift: float) -> list[Point]:
    """Points along a segment (``torso`` or e.g. ``shin_n``) from t0 to t1, shifted sideways."""
    if name == "torso":
        curve = pose.torso_curve()
        pts = [_quad(*curve, t0 + (t1 - t0) * k / 8) for k in range(9)]
    else:
        seg, side = name.rsplit("_", 1)
        a, b = (pose.joints[f"{j}_{side}"] for j in SEGMENTS[seg])
        pts = [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for t in (t0, t1)]
    if shift:
        (x0, y0), (x1, y1) = pts[0], pts[-1]
        length = math.hypot(x1 - x0, y1 - y0) or 1.0
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        pts = [(x + nx * shift, y + ny * shift) for x, y in pts]
    return pts


def figure(pose: Pose) -> list[str]:
    """The body: far limbs (grey), torso and head, near limbs (dark)."""
    j = pose.joints
    out = []
    front = pose.view == "front"
    limb_colour = {"f": NEAR if front else FAR, "n": NEAR}
    for side in ("f", "n"):
        colour = limb_colour[side]
        if side == "n":
            hip, ctl, neck = pose.torso_curve()
            out.append(f'<path d="M{_pt(hip)} Q{_pt(ctl)} {_pt(neck)}" fill="none" '
                       f'stroke="{SKIN}" stroke-width="13" stroke-linecap="round"/>')
            if front:
                out.append(_poly([j["sh_f"], _off(j["neck"], 0, 4), j["sh_n"]], SKIN, 9))
                out.append(_poly([j["hip_f"], j["hip"], j["hip_n"]], SKIN, 10))
            out.append(_line(j["neck"], j["head"], SKIN, 6))
            out.append(f'<circle cx="{_f(j["head"][0])}" cy="{_f(j["head"][1])}" '
                       f'r="{_f(HEAD_R)}" fill="{SKIN}"/>')
        out.append(_poly([j[f"hip_{side}"], j[f"knee_{side}"], j[f"ankle_{side}"],
                          j[f"toe_{side}"]], colour, 8))
        out.append(_poly([j[f"sh_{side}"], j[f"elbow_{side}"], j[f"wrist_{side}"]], colour, 7))
        out.append(_line(j[f"wrist_{side}"], j[f"fingers_{side}"], colour, 5))
    return out


def arrow(start: Point, control: Point, end: Point) -> str:
    """A curved blue arrow (quadratic curve with an arrowhead marker)."""
    return (f'<path d="M{_pt(start)} Q{_pt(control)} {_pt(end)}" fill="none" stroke="{ARROW}" '
            f'stroke-width="3" stroke-linecap="round" marker-end="url(#head)"/>')


def floor(y: float) -> str:
    return _line((8, y), (W - 8, y), GROUND, 3)


def wall(x: float, top: float = 8, bottom: float = 190) -> str:
    return _line((x, top), (x, bottom), GROUND, 4)


def chair(x: float, seat_y: float, floor_y: float, back_at_left: bool = True) -> str:
    """A side-view chair: seat from x to x+36, the back on one side."""
    back_x = x if back_at_left else x + 36
    parts = [_line((x, seat_y), (x + 36, seat_y), WOOD, 5),
             _line((back_x, seat_y - 44), (back_x, floor_y), WOOD, 5),
             _line((x + 36 if back_at_left else x, seat_y), (x + 36 if back_at_left else x,
                                                             floor_y), WOOD, 5)]
    return "".join(parts)


def table(x0: float, x1: float, top: float, floor_y: float) -> str:
    return "".join([_line((x0, top), (x1, top), WOOD, 6), _line((x0 + 8, top), (x0 + 8, floor_y),
                    WOOD, 5), _line((x1 - 8, top), (x1 - 8, floor_y), WOOD, 5)])


@dataclass
class Scene:
    """A pose with its props, highlighted muscle and arrow."""

    pose: Pose
    props: Callable[[dict[str, Point]], list[str]]
    highlights: list[tuple[str, float, float, float]]
    arrow: tuple[Ref, Ref, Ref]
    blobs: list[tuple[Ref, float, float]] = field(default_factory=list)


FLOOR_STAND = 186.0


def _scenes() -> dict[str, Scene]:
    stand = 96.0
    return {
        "calf": Scene(
            Pose((124, 104), torso=-55, near_arm=(8, -28, -80), far_arm=(14, -22, -80),
                 near_leg=(118, 118, 8), far_leg=(52, 96, 2)),
            lambda j: [floor(FLOOR_STAND), wall(212, 20)],
            [("shin_n", 0.08, 0.62, 0)],
            (("ankle_n", -20, -26), ("ankle_n", -22, -6), ("ankle_n", -8, 0))),
        "shin": Scene(
            Pose((100, stand), torso=-92, near_arm=(70, 40, 40), far_arm=(78, 44, 40),
                 near_leg=(104, 128, 152), far_leg=(90, 90, 0)),
            lambda j: [floor(FLOOR_STAND), chair(142, 142, FLOOR_STAND, back_at_left=True)],
            [("shin_n", 0.08, 0.85, 0)],
            (("ankle_n", -28, -6), ("ankle_n", -20, -28), ("ankle_n", -2, -26))),
        "foot": Scene(
            Pose((72, 170), torso=-62, near_arm=(22, 4, 4), far_arm=(26, 2, 2),
                 near_leg=(0, 0, -78), far_leg=(-42, 78, 0)),
            lambda j: [floor(178), _poly([j["wrist_n"], j["toe_n"], _off(j["ankle_n"], 6, -4),
                                          j["wrist_f"]], TOWEL, 4)],
            [("foot_n", 0.0, 1.0, -3.5)],
            (("toe_n", 18, -2), ("toe_n", 16, -22), ("toe_n", 0, -26))),
        "toes": Scene(
            Pose((70, 124), torso=-42, head=-20, near_arm=(80, 76, 80), far_arm=(84, 72, 80),
                 near_leg=(0, 94, -22), far_leg=(4, 96, 0)),
            lambda j: [floor(180), chair(48, 130, 180, back_at_left=True)],
            [("foot_n", 0.55, 1.0, -3.5)],
            (("toe_n", 16, 14), ("toe_n", 24, -4), ("toe_n", 10, -16))),
        "hamstring": Scene(
            Pose((112, 168), torso=180, near_arm=(-58, -44, -44), far_arm=(-62, -40, -40),
                 near_leg=(-74, -74, -164), far_leg=(0, 0, -80)),
            lambda j: [floor(178), _poly([j["wrist_n"], j["toe_n"]], TOWEL, 4),
                       _poly([j["wrist_f"], _off(j["ankle_n"], 2, 4)], TOWEL, 4)],
            [("thigh_n", 0.12, 0.9, -4)],
            (("ankle_n", 24, 10), ("ankle_n", 22, -18), ("ankle_n", 4, -22))),
        "quadriceps": Scene(
            Pose((96, stand), torso=-92, near_arm=(100, 112, 30), far_arm=(62, 40, 40),
                 near_leg=(96, -102, 190), far_leg=(90, 90, 0)),
            lambda j: [floor(FLOOR_STAND), chair(142, 142, FLOOR_STAND, back_at_left=True)],
            [("thigh_n", 0.08, 0.88, 4)],
            (("ankle_n", -26, 20), ("ankle_n", -30, -4), ("ankle_n", -18, -18))),
        "adductor": Scene(
            Pose((112, 104), torso=-96, view="front", near_arm=(62, 140, 140),
                 far_arm=(118, 40, 40), near_leg=(64.2, 64.2, 0), far_leg=(125, 100, 180)),
            lambda j: [floor(FLOOR_STAND)],
            [("thigh_n", 0.1, 0.75, 3.5)],
            (("hip", 34, 22), ("hip", 14, 30), ("hip", -8, 24))),
        "glute": Scene(
            Pose((122, 168), torso=180, near_arm=(-50, -40, -40), far_arm=(-54, -36, -36),
                 near_leg=(-115, 10, -70), far_leg=(0, 0, -80)),
            lambda j: [floor(178)],
            [],
            (("knee_n", 18, -14), ("knee_n", 8, -34), ("knee_n", -14, -24)),
            blobs=[(("hip", 6, -2), 11, 8)]),
        "hip_flexor": Scene(
            Pose((112, 132), torso=-90, near_arm=(78, 20, 20), far_arm=(70, 24, 24),
                 near_leg=(118, 180, 180), far_leg=(0, 90, 0)),
            lambda j: [floor(182)],
            [("thigh_n", 0.0, 0.45, 4), ("torso", 0.0, 0.18, 4)],
            (("hip", -20, 24), ("hip", -4, 34), ("hip", 18, 26))),
        "abdomen": Scene(
            Pose((112, 176), torso=-35, head=-62, near_arm=(100, 0, 0), far_arm=(102, -2, -2),
                 near_leg=(180, 180, 184), far_leg=(180, 180, 184)),
            lambda j: [floor(186)],
            [("torso", 0.1, 0.75, 4.5)],
            (("neck", 36, 16), ("neck", 40, -6), ("neck", 26, -22))),
        "lower_back": Scene(
            Pose((80, 160), torso=-4, head=28, bend=6, near_arm=(14, 6, 0), far_arm=(16, 4, 0),
                 near_leg=(20, 180, 180), far_leg=(20, 180, 180)),
            lambda j: [floor(184)],
            [("torso", 0.02, 0.42, 4.5)],
            (("hip", 26, -30), ("hip", 4, -36), ("hip", -10, -20))),
        "upper_back": Scene(
            Pose((104, stand), torso=-84, head=-48, bend=6, near_arm=(2, -2, -2),
                 far_arm=(4, -4, -4), near_leg=(90, 90, 0), far_leg=(92, 90, 0)),
            lambda j: [floor(FLOOR_STAND)],
            [("torso", 0.5, 0.92, 5)],
            (("fingers_n", 6, 14), ("fingers_n", 18, 16), ("fingers_n", 30, 10))),
        "neck": Scene(
            Pose((120, stand), torso=-90, head=-118, view="front", near_arm=(82, 92, 92),
                 far_arm=(98, 90, 90), near_leg=(86, 90, 0), far_leg=(94, 90, 180)),
            lambda j: [floor(FLOOR_STAND)],
            [],
            (("head", -4, -17), ("head", -24, -18), ("head", -26, 2)),
            blobs=[(("neck", 9, 1), 7, 4)]),
        "chest": Scene(
            Pose((132, stand), torso=-84, near_arm=(180, -90, -90), far_arm=(96, 84, 84),
                 near_leg=(106, 96, 0), far_leg=(70, 100, 0)),
            lambda j: [floor(FLOOR_STAND), wall(98, 8), wall(84, 8)],
            [],
            ((150, 40), (172, 36), (192, 44)),
            blobs=[(("neck", 5, 14), 6, 7)]),
        "shoulder": Scene(
            Pose((120, stand), torso=-90, view="front", near_arm=(178, 178, 178),
                 far_arm=(80, -80, -60), near_leg=(86, 90, 0), far_leg=(94, 90, 180)),
            lambda j: [floor(FLOOR_STAND)],
            [],
            ((150, 72), (128, 84), (96, 70)),
            blobs=[(("sh_n", 4, -1), 8, 6)]),
        "biceps": Scene(
            Pose((126, stand), torso=-90, near_arm=(176, 178, -100), far_arm=(96, 86, 86),
                 near_leg=(94, 90, 0), far_leg=(86, 90, 0)),
            lambda j: [floor(FLOOR_STAND), wall(59, 8)],
            [("upper_n", 0.1, 0.95, 3)],
            ((140, 84), (160, 66), (150, 44))),
        "triceps": Scene(
            Pose((120, 104), torso=-90, head=-84, near_arm=(-112, 96, 96),
                 far_arm=(-58, -158, -170), near_leg=(94, 90, 0), far_leg=(86, 90, 0)),
            lambda j: [floor(194)],
            [("upper_n", 0.1, 0.9, -3)],
            (("elbow_n", -4, -14), ("elbow_n", -20, -12), ("elbow_n", -22, 4))),
        "forearm": Scene(
            Pose((110, stand), torso=-96, near_arm=(56, 56, 180), far_arm=(94, 80, 80),
                 near_leg=(94, 90, 0), far_leg=(86, 90, 0)),
            lambda j: [floor(FLOOR_STAND), table(128, 224, 102, FLOOR_STAND)],
            [("fore_n", 0.1, 0.95, 3)],
            (("neck", -8, 6), ("neck", -22, -4), ("neck", -34, 6))),
        "hand": Scene(
            Pose((116, stand), torso=-90, near_arm=(70, -28, -90), far_arm=(74, -24, -90),
                 near_leg=(94, 90, 0), far_leg=(86, 90, 0)),
            lambda j: [floor(FLOOR_STAND)],
            [("hand_n", 0.0, 1.0, 0)],
            (("fingers_n", 16, -4), ("fingers_n", 22, 12), ("fingers_n", 16, 30))),
        "fingers": Scene(
            Pose((96, stand), torso=-90, near_arm=(0, 0, -76), far_arm=(22, -6, -50),
                 near_leg=(94, 90, 0), far_leg=(86, 90, 0)),
            lambda j: [floor(FLOOR_STAND)],
            [("hand_n", 0.0, 1.0, 0)],
            (("fingers_n", 18, 18), ("fingers_n", 24, -4), ("fingers_n", 8, -14))),
    }


DEFS = (f'<defs><marker id="head" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" '
        f'markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="{ARROW}"/></marker></defs>')


def render_scene(scene: Scene) -> list[str]:
    """SVG elements of one body scene, back to front."""
    j = scene.pose.solve()
    parts = [*scene.props(j), *figure(scene.pose)]
    for name, t0, t1, shift in scene.highlights:
        pts = segment_points(scene.pose, name, t0, t1, shift)
        parts.append(_poly(pts, HIGHLIGHT, 7, ' stroke-opacity="0.9"'))
    for ref, rx, ry in scene.blobs:
        c = resolve(ref, j)
        parts.append(f'<ellipse cx="{_f(c[0])}" cy="{_f(c[1])}" rx="{_f(rx)}" ry="{_f(ry)}" '
                     f'fill="{HIGHLIGHT}" fill-opacity="0.9"/>')
    parts.append(arrow(*(resolve(r, j) for r in scene.arrow)))
    return parts


def face_profile(mouth_open: bool) -> list[str]:
    """A large head in profile (facing right) for the eyelid and jaw pictures."""
    head = ("M92,176 L92,150 C60,140 52,100 62,72 C74,38 116,26 146,40 C168,50 176,74 172,90 "
            "L186,110 L174,114 L176,124 C174,128 " + ("170,132 172,136 L160,136 L172,146 "
                                                     if mouth_open else "170,130 172,134 ")
            + "C170,150 160,158 140,156 L138,176")
    return [f'<path d="{head}" fill="#f3f4f6" stroke="{NEAR}" stroke-width="4" '
            f'stroke-linejoin="round" stroke-linecap="round"/>',
            f'<path d="M92,96 C84,96 82,116 92,118" fill="none" stroke="{NEAR}" '
            f'stroke-width="4" stroke-linecap="round"/>']


def eyelid_scene() -> list[str]:
    parts = face_profile(mouth_open=False)
    parts += [f'<path d="M140,82 Q152,92 164,82" fill="none" stroke="{NEAR}" stroke-width="3" '
              f'stroke-linecap="round"/>',
              f'<path d="M138,80 Q152,70 165,80" fill="none" stroke="{HIGHLIGHT}" '
              f'stroke-width="6" stroke-linecap="round" stroke-opacity="0.9"/>',
              f'<path d="M134,66 Q144,60 160,62" fill="none" stroke="{NEAR}" stroke-width="3" '
              f'stroke-linecap="round"/>',
              arrow((196, 52), (200, 72), (186, 86))]
    return parts


def face_scene() -> list[str]:
    parts = face_profile(mouth_open=True)
    parts += [f'<ellipse cx="124" cy="120" rx="13" ry="18" fill="{HIGHLIGHT}" '
              f'fill-opacity="0.85"/>',
              f'<path d="M140,84 Q152,90 164,84" fill="none" stroke="{NEAR}" stroke-width="3" '
              f'stroke-linecap="round"/>']
    parts.append(arrow((200, 118), (206, 142), (186, 152)))
    parts.append(f'<path d="M98,122 A 24 24 0 1 1 108,142" fill="none" stroke="{ARROW}" '
                 f'stroke-width="3" stroke-linecap="round" marker-end="url(#head)"/>')
    return parts


def svg_document(title: str, desc: str, body: list[str]) -> str:
    """A standalone, accessible SVG: viewBox, role, title and desc, no external references."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" '
            f'height="{H}" role="img" aria-labelledby="t d">\n'
            f'<title id="t">{escape(title)}</title>\n<desc id="d">{escape(desc)}</desc>\n'
            f'{DEFS}\n<rect width="{W}" height="{H}" fill="#ffffff"/>\n'
            + "\n".join(body) + "\n</svg>\n")


def main(out: Path = OUT) -> None:
    """Write one SVG per stretch in stretches.toml into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    scenes = _scenes()
    for muscle, stretch in load_stretches().items():
        if muscle == "eyelid":
            body = eyelid_scene()
        elif muscle == "face":
            body = face_scene()
        else:
            body = render_scene(scenes[muscle])
        (out / stretch.image).write_text(svg_document(stretch.title, stretch.image_alt, body),
                                         encoding="utf-8")
        print(f"wrote {stretch.image}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
