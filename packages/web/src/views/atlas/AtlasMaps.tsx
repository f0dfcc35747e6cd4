/** The world map and the US-states map, coloured by the coverage matrix, with a shared tooltip. */
import { useCallback, useState } from 'react';
import { Empty, Loading } from '../../components/QueryStateView';
import { useI18n } from '../../i18n/i18n';
import { GeoMap, loadUsStates, loadWorld, type HoverInfo } from '../../viz/d3';
import type { AtlasMarks } from './marks';
import { MapTooltip } from './MapTooltip';

interface Props {
  marks: AtlasMarks;
  nameOf: (id: string) => string | undefined;
  selected: string;
  onSelect: (id: string) => void;
  title: string;
}

export function AtlasMaps({ marks, nameOf, selected, onSelect, title }: Props) {
  const { t } = useI18n();
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [usHover, setUsHover] = useState<HoverInfo | null>(null);
  const worldMark = useCallback((code: string) => marks.byM49.get(code), [marks]);
  const usMark = useCallback((_code: string, name: string) => marks.usStateByName.get(name) ?? marks.us, [marks]);
  const zoomLabels = { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), reset: t('map.reset') };
  const failed = (error: Error) => <Empty>{t('map.failed', { message: error.message })}</Empty>;
  return (
    <>
      <div className="map-frame">
        <GeoMap
          load={loadWorld}
          markOf={worldMark}
          selected={selected}
          onSelect={onSelect}
          onHover={setHover}
          label={title}
          zoomLabels={zoomLabels}
          loading={<Loading label={t('map.loading')} />}
          failed={failed}
        />
        <MapTooltip hover={hover} nameOf={nameOf} />
      </div>
      {marks.usStateByName.size > 0 && (
        <details className="us-states" open>
          <summary>
            <h2>{t('atlas.usStates')}</h2>
          </summary>
          <div className="map-frame map-frame-us">
            <GeoMap
              load={loadUsStates}
              markOf={usMark}
              selected={selected}
              onSelect={onSelect}
              onHover={setUsHover}
              label={t('atlas.usStatesLabel')}
              zoomLabels={zoomLabels}
              loading={<Loading label={t('map.loading')} />}
              failed={failed}
            />
            <MapTooltip hover={usHover} nameOf={nameOf} />
          </div>
        </details>
      )}
    </>
  );
}
