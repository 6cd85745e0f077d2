"""corrections: a leader's correction of the coach's reading of a turn

The turn's text is kept only when the leader agreed to share their turns to improve
the coach (else NULL). Deleted with the session (bot/storage/privacy.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('coach_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=40), nullable=False),
    sa.Column('turn_number', sa.Integer(), nullable=False),
    sa.Column('original_acts', sa.JSON(), nullable=False),
    sa.Column('corrected_acts', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['coach_sessions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'turn_number')
    )
    with op.batch_alter_table('coach_corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coach_corrections_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('coach_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coach_corrections_session_id'))

    op.drop_table('coach_corrections')
