"""Cell concentration of the product from a counter, a label or a hemocytometer."""

from __future__ import annotations

import statistics
from functools import lru_cache

from ..display import percent, significant
from ..units import CELL, CELL_PER_ML, of, ratio, times, to
from .model import CounterCount, HemocytometerCount, HemocytometerStats, LabelCount


def label_concentration(cells, volume):
    """Cells per mL from the label: cells stated / volume stated."""
    return ratio(cells, volume, CELL_PER_ML)


def hemocytometer_concentration(mean_count_per_square: float, dilution_factor: float, square_volume):
    """cells/mL = mean count per large square x dilution factor / square volume (0.1 uL)."""
    return ratio(of(mean_count_per_square * dilution_factor, CELL), square_volume, CELL_PER_ML)   # = number * CELL


@lru_cache(maxsize=256)
def coefficient_of_variation(counts: tuple[int, ...]) -> float | None:
    """Sample CV of replicate counts; None with fewer than two counts or a zero mean.
    A function of the counts alone (statistics.stdev is exact, and slow): worked out once."""
    if len(counts) < 2:
        return None
    mean = statistics.fmean(counts)
    return statistics.stdev(counts) / mean if mean > 0 else None


def hemocytometer_stats(count: HemocytometerCount, basis: str = "viable") -> HemocytometerStats:
    """Mean and CV of the counts per square the dose is computed from: the unstained ones
    for a viable-cell dose, unstained + stained for a total-cell dose (without stained
    counts the total comes from the unstained ones and the entered viability)."""
    viable = count.viable_counts
    dead = count.dead_counts
    every = tuple(v + d for v, d in zip(viable, dead)) if dead else None
    counted = "all" if basis == "total" and every is not None else "unstained"
    used = every if counted == "all" else viable
    return HemocytometerStats(
        squares=len(viable), mean_viable=statistics.fmean(viable),
        mean_dead=statistics.fmean(dead) if dead else None,
        cv=coefficient_of_variation(used), counted=counted, mean=statistics.fmean(used),
        cv_unstained=coefficient_of_variation(viable),
        cv_all=coefficient_of_variation(every) if every is not None else None)


def concentrations(count, square_volume, basis: str = "viable"):
    """(total concentration or None, viable concentration or None, viability or None,
    hemocytometer statistics or None) for any kind of count; a hemocytometer's CV is of
    the counts the `basis` dose is computed from."""
    if isinstance(count, HemocytometerCount):
        stats = hemocytometer_stats(count, basis)
        viable = hemocytometer_concentration(stats.mean_viable, count.dilution_factor, square_volume)
        if count.dead_counts is not None:
            viability = sum(count.viable_counts) / (sum(count.viable_counts) + sum(count.dead_counts))
            total = hemocytometer_concentration(stats.mean_viable + stats.mean_dead,
                                                count.dilution_factor, square_volume)
        else:
            viability = count.viability
            total = viable / viability if viability else None
        return total, viable, viability, stats
    if isinstance(count, LabelCount):
        total = label_concentration(count.cells, count.volume)
    elif isinstance(count, CounterCount):
        total = to(count.total_concentration, CELL_PER_ML)
    else:
        raise TypeError(f"unknown cell count {count!r}")
    viability = count.viability
    viable = times(total, viability) if viability is not None else None
    return total, viable, viability, None


def hemocytometer_summary(viable: tuple[int, ...], dead: tuple[int, ...] | None) -> str:
    """Mean, CV and viability of square counts, shown while they are typed."""
    if not viable:
        return ""
    stats = hemocytometer_stats(HemocytometerCount(viable, dead if dead and len(dead) == len(viable) else None,
                                                   1.0, None))
    parts = [f"{stats.squares} square{'s' if stats.squares != 1 else ''}",
             f"mean {significant(stats.mean_viable)} unstained"]
    if stats.cv is not None:
        parts.append(f"CV {percent(stats.cv)}")
    if stats.mean_dead is not None and sum(viable) + sum(dead) > 0:
        parts.append(f"viability {percent(sum(viable) / (sum(viable) + sum(dead)))}")
    elif dead:
        parts.append(f"stained counts: {len(dead)} for {len(viable)} squares")
    return " · ".join(parts)
