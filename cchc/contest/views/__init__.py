"""Thin views of the contest, one module per role (``common``: the guards they share).

``public`` (cacheable, nothing per visitor): ``/cuoc-thi/`` and ``/cuoc-thi/<slug>/`` (rules,
dates, countdown, published winners), ``/cuoc-thi/<slug>/bai/<code>/`` (a winner's full
text, with the author's consent). ``authors`` (any signed-in account): the entry form and
"Bài dự thi của tôi". ``jury`` (``contest.score_entry`` + a seat): the blind view and score
sheet. ``secretary``, with the chair (``contest.manage_contest``): progress, outliers, ranking,
results actions, the score spreadsheet. Every private page is ``no-store``.
"""
