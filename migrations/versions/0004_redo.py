"""redo: turns keep the attempt they belong to (a redone moment keeps its earlier turns)

coach_turns gets ``attempt`` (0 for the first attempt, k after the k-th redo) and
``superseded`` (a turn of an earlier attempt); its unique key becomes (session,
attempt, number). coach_sessions gets ``redone``: the turn numbers the leader redid.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import context, op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

#: SQLite's unnamed unique constraint is reflected under this name in batch mode.
CONVENTION = {"uq": "uq_%(table_name)s_%(column_0_name)s_%(column_1_name)s"}


def _unique_name(columns) -> str:
    """The name the database gave the unnamed (session_id, number) key of 0001:
    PostgreSQL's own; SQLite's is reflected under CONVENTION's name."""
    bind = op.get_bind()
    if context.is_offline_mode():  # `alembic upgrade --sql`: no database to ask
        return "coach_turns_session_id_number_key" if bind.dialect.name == "postgresql" else \
            "uq_coach_turns_session_id_number"
    for constraint in sa.inspect(bind).get_unique_constraints("coach_turns"):
        if constraint["column_names"] == list(columns) and constraint.get("name"):
            return constraint["name"]
    return "uq_coach_turns_session_id_number"


def _turns_before() -> sa.Table:
    """coach_turns as 0001 made it: what SQLite's batch mode copies from in `--sql` mode,
    where it cannot reflect the table."""
    return sa.Table(
        'coach_turns', sa.MetaData(naming_convention=CONVENTION),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=40), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('acts', sa.JSON(), nullable=False),
        sa.Column('openness', sa.Float(), nullable=True),
        sa.Column('motivation', sa.Float(), nullable=True),
        sa.Column('after_stop', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['coach_sessions.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('session_id', 'number'),
        sa.Index('ix_coach_turns_session_id', 'session_id'),
    )


def upgrade() -> None:
    old = _unique_name(["session_id", "number"])
    offline = {"copy_from": _turns_before()} if context.is_offline_mode() else {}
    with op.batch_alter_table('coach_turns', naming_convention=CONVENTION, **offline) as batch_op:
        batch_op.add_column(sa.Column('attempt', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('superseded', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.drop_constraint(old, type_='unique')
        batch_op.create_unique_constraint('uq_coach_turns_session_attempt_number', ['session_id', 'attempt', 'number'])
    with op.batch_alter_table('coach_sessions') as batch_op:
        batch_op.add_column(sa.Column('redone', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('coach_sessions') as batch_op:
        batch_op.drop_column('redone')
    op.execute("DELETE FROM coach_turns WHERE attempt > 0 OR superseded")
    with op.batch_alter_table('coach_turns', naming_convention=CONVENTION) as batch_op:
        batch_op.drop_constraint('uq_coach_turns_session_attempt_number', type_='unique')
        batch_op.create_unique_constraint('uq_coach_turns_session_id_number', ['session_id', 'number'])
        batch_op.drop_column('superseded')
        batch_op.drop_column('attempt')
